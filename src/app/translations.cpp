#include "app/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QStandardPaths>
#include <QTranslator>

namespace popsell::app {

namespace {

// The product's catalog in the first of `locale`'s UI languages that has one.
bool loadCatalog(QTranslator &translator, const QLocale &locale)
{
    return translator.load(locale, QStringLiteral("popsell"), QStringLiteral("_"),
                           QStringLiteral(":/i18n"));
}

// Where QtKeychain installs its catalogs: <datadir>/qt6keychain/translations, /usr/share on
// Debian. Looked up rather than fixed, so that a /usr/local build of the library is found.
QString keychainCatalogDirectory()
{
    return QStandardPaths::locate(QStandardPaths::GenericDataLocation,
                                  QStringLiteral("qt6keychain/translations"),
                                  QStandardPaths::LocateDirectory);
}

void installIfLoaded(QCoreApplication &application, const QLocale &locale, const QString &name,
                     const QString &directory)
{
    if (directory.isEmpty())
        return;
    auto *translator = new QTranslator(&application);
    if (translator->load(locale, name, QStringLiteral("_"), directory))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace

QStringList catalogLanguages()
{
    return {QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr")};
}

std::optional<QLocale> localeFromArguments(const QStringList &arguments)
{
    const QString option = QStringLiteral("--locale");
    const QString withValue = option + u'=';
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--")
            break;
        if (argument == option && i + 1 < arguments.size())
            return QLocale(arguments.at(i + 1));
        if (argument.startsWith(withValue))
            return QLocale(argument.mid(withValue.size()));
    }
    return std::nullopt;
}

bool installTranslations(QCoreApplication &application, const QLocale &locale)
{
    auto *product = new QTranslator(&application);
    const bool inLocale = loadCatalog(*product, locale);
    const QLocale effective = inLocale ? locale : QLocale(QLocale::English);
    if (inLocale || loadCatalog(*product, effective))
        QCoreApplication::installTranslator(product);
    else
        delete product;

    installIfLoaded(application, effective, QStringLiteral("qtbase"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    installIfLoaded(application, effective, QStringLiteral("qtkeychain"),
                    keychainCatalogDirectory());
    return inLocale;
}

} // namespace popsell::app
