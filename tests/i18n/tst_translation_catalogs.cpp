// The catalogs in translations/ as a translator leaves them: every message finished, every
// plural form written, the placeholders and the keyboard mnemonic of each source text kept,
// and nothing that lupdate would still add or drop: a string that lands in the sources
// without its translations fails here, before a user meets it in English.

#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QStringList kTranslatedLanguages = {QStringLiteral("de"), QStringLiteral("es"),
                                          QStringLiteral("fr")};

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;      // the translation's type attribute: "", "unfinished", "vanished", ...
    QStringList forms; // one text, or one per plural form
};

// Texts that read the same in every language: the product's name, an API field, an example.
// Any other text of two words or more left as its English source is an oversight.
const QStringList kSameInEveryLanguage = {
    QStringLiteral("Popsell Moderator"), QStringLiteral("Popsell Moderator — %1"),
    QStringLiteral("email_tmp"), QStringLiteral("shop.example.com"),
    QStringLiteral("front office")};

bool readsAsEnglish(const QString &source, const QString &translation)
{
    if (translation != source || kSameInEveryLanguage.contains(source))
        return false;
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    int words = 0;
    for (QRegularExpressionMatchIterator it = word.globalMatch(source); it.hasNext(); it.next())
        ++words;
    return words >= 2;
}

QString catalogPath(const QString &language)
{
    return QStringLiteral(POPSELL_TS_DIR "/popsell_%1.ts").arg(language);
}

QList<Message> readCatalog(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
            continue;
        }
        if (xml.name() != u"message")
            continue; // TS and context: their children are read next
        Message message;
        message.context = context;
        message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
        while (xml.readNextStartElement()) {
            if (xml.name() == u"source") {
                message.source = xml.readElementText();
            } else if (xml.name() == u"comment") {
                message.comment = xml.readElementText();
            } else if (xml.name() == u"translation") {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (message.numerus) {
                    while (xml.readNextStartElement())
                        message.forms << xml.readElementText();
                } else {
                    message.forms << xml.readElementText();
                }
            } else {
                xml.skipCurrentElement();
            }
        }
        messages << message;
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QString describe(const Message &message)
{
    return QStringLiteral("%1 / \"%2\"%3")
        .arg(message.context, message.source,
             message.comment.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(message.comment));
}

// %1..%99 and %n (or %Ln), sorted: what a translation must carry over from its source.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found << match.captured(1);
    found.sort();
    return found;
}

// The number of keyboard mnemonics: '&' before a character, "&&" being a literal ampersand.
int mnemonics(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) != u'&' && !text.at(i + 1).isSpace())
            ++count;
        ++i;
    }
    return count;
}

QMap<QString, int> sourceKeys(const QList<Message> &messages)
{
    QMap<QString, int> keys;
    for (const Message &message : messages)
        ++keys[describe(message)];
    return keys;
}

} // namespace

class TstTranslationCatalogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void englishHoldsThePluralFormsOnly();
    void lupdateChangesNothing_data();
    void lupdateChangesNothing();
};

void TstTranslationCatalogs::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : kTranslatedLanguages)
        QTest::newRow(qPrintable(language)) << language;
}

void TstTranslationCatalogs::everyMessageIsTranslated()
{
    QFETCH(QString, language);
    QString error;
    const QList<Message> messages = readCatalog(catalogPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 100);

    QStringList problems;
    for (const Message &message : messages) {
        const QString where = describe(message);
        if (!message.type.isEmpty()) {
            problems << QStringLiteral("%1: marked %2").arg(where, message.type);
            continue;
        }
        if (message.forms.isEmpty() || message.forms.contains(QString())) {
            problems << QStringLiteral("%1: a translation or plural form is missing").arg(where);
            continue;
        }
        if (readsAsEnglish(message.source, message.forms.constFirst()))
            problems << QStringLiteral("%1: left in English").arg(where);
        for (const QString &form : message.forms) {
            // A plural form may spell the number out where it is always one ("un", "ein").
            QStringList wanted = placeholders(message.source);
            QStringList got = placeholders(form);
            if (message.numerus && !got.contains(QStringLiteral("n")))
                wanted.removeAll(QStringLiteral("n"));
            if (got != wanted)
                problems << QStringLiteral("%1: placeholders %2 became %3 in \"%4\"")
                                .arg(where, wanted.join(u','), got.join(u','), form);
            if (mnemonics(form) != mnemonics(message.source))
                problems << QStringLiteral("%1: the keyboard mnemonic (&) is lost or doubled "
                                           "in \"%2\"")
                                .arg(where, form);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TstTranslationCatalogs::englishHoldsThePluralFormsOnly()
{
    QString error;
    const QList<Message> messages = readCatalog(catalogPath(QStringLiteral("en")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    QStringList problems;
    for (const Message &message : messages) {
        if (!message.numerus)
            problems << QStringLiteral("%1: not a plural message").arg(describe(message));
        else if (!message.type.isEmpty() || message.forms.size() != 2 ||
                 message.forms.contains(QString()))
            problems
                << QStringLiteral("%1: needs its singular and plural form").arg(describe(message));
        else if (message.forms.at(0) == message.forms.at(1) && message.source.contains(u'('))
            problems
                << QStringLiteral("%1: the singular reads like the plural").arg(describe(message));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TstTranslationCatalogs::lupdateChangesNothing_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : kTranslatedLanguages + QStringList{QStringLiteral("en")})
        QTest::newRow(qPrintable(language)) << language;
}

void TstTranslationCatalogs::lupdateChangesNothing()
{
    QFETCH(QString, language);
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString committed = catalogPath(language);
    const QString copy = scratch.filePath(QFileInfo(committed).fileName());
    QVERIFY(QFile::copy(committed, copy));

    // The very command `--target update_translations` runs, into the copy.
    QStringList arguments = {QStringLiteral("-project"), QStringLiteral(POPSELL_I18N_PROJECT)};
    arguments << QStringLiteral(POPSELL_LUPDATE_OPTIONS).split(u'|', Qt::SkipEmptyParts);
    if (language == u"en")
        arguments << QStringLiteral("-pluralonly");
    arguments << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.start(QStringLiteral(POPSELL_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAllStandardError().constData());

    QFile before(committed);
    QFile after(copy);
    QVERIFY(before.open(QIODevice::ReadOnly) && after.open(QIODevice::ReadOnly));
    if (before.readAll() == after.readAll())
        return;

    // Say which strings differ, so that the fix (translate them) is obvious.
    QString error;
    const QMap<QString, int> old = sourceKeys(readCatalog(committed, &error));
    const QMap<QString, int> now = sourceKeys(readCatalog(copy, &error));
    QStringList report;
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (!old.contains(it.key()))
            report << QStringLiteral("new in the sources: %1").arg(it.key());
    }
    for (auto it = old.cbegin(); it != old.cend(); ++it) {
        if (!now.contains(it.key()))
            report << QStringLiteral("gone from the sources: %1").arg(it.key());
    }
    if (report.isEmpty())
        report << QStringLiteral("the layout differs (run the update_translations target)");
    QFAIL(qPrintable(QStringLiteral("lupdate would change %1; run `cmake --build <dir> --target "
                                    "update_translations`, translate, and commit:\n%2")
                         .arg(committed, report.join(u'\n'))));
}

QTEST_GUILESS_MAIN(TstTranslationCatalogs)
#include "tst_translation_catalogs.moc"
