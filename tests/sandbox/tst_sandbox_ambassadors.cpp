// Chat ambassadors: GET /chat/ambassadors (sorts, filters, pagination),
// PATCH /chat/ambassadors/{ambassador} (email_tmp) and POST /chat/ambassadors/shop-customer.
// Guards shared by every route (401, X-Popsell-Brand 403) are covered by tst_sandbox_auth.
#include "support/sandboxchecks.h"
#include "support/sandboxfixture.h"

#include <QTest>
#include <QUrl>

using namespace popsell::testing;

namespace {

constexpr qint64 kDemoAmbassadors = 64; // demo data contract: ids 1..64, all of the brand
constexpr qint64 kKeyAmbassador = 1;    // identity of the ambassador API key, status 0
constexpr qint64 kOther = 2;
constexpr qint64 kUnknownId = 999999;

const QString kList = QStringLiteral("/chat/ambassadors");
const QString kShopCustomer = QStringLiteral("/chat/ambassadors/shop-customer");

QString ambassadorPath(qint64 id)
{
    return QStringLiteral("/chat/ambassadors/%1").arg(id);
}

QString encoded(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

qint64 idOf(const QJsonObject &ambassador)
{
    return ambassador.value(QStringLiteral("id_ambassador")).toInteger();
}

QJsonObject findById(const QJsonArray &ambassadors, qint64 id)
{
    for (const QJsonValue &item : ambassadors) {
        if (idOf(item.toObject()) == id)
            return item.toObject();
    }
    return {};
}

bool nameMatches(const QJsonObject &ambassador, const QString &needle)
{
    const QString firstname = ambassador.value(QStringLiteral("firstname")).toString();
    const QString lastname = ambassador.value(QStringLiteral("lastname")).toString();
    const QStringList candidates{firstname, lastname,
                                 ambassador.value(QStringLiteral("username")).toString(),
                                 firstname + u' ' + lastname};
    for (const QString &candidate : candidates) {
        if (candidate.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

class TestSandboxAmbassadors : public QObject
{
    Q_OBJECT

    SandboxFixture m_sandbox;
    QString m_ambassadorToken;

    RequestOptions asAmbassador() const
    {
        RequestOptions o;
        o.tokenOverride = m_ambassadorToken;
        return o;
    }

    // Every ambassador the list gives for `query` ("&filter..."), all pages.
    QJsonArray everyone(const QString &query = QString())
    {
        const PageWalk walk = walkPages(m_sandbox, kList + u"?per_page=500" + query);
        if (!walk.error.isEmpty())
            qWarning() << walk.error;
        return walk.items;
    }

    qint64 total(const QString &query = QString())
    {
        return m_sandbox.get(kList + u"?per_page=1" + query)
            .object()
            .value(QStringLiteral("total"))
            .toInteger();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(m_sandbox.start(), QString());
        m_ambassadorToken = m_sandbox.login(m_sandbox.config().ambassadorApiKey);
        QVERIFY(!m_ambassadorToken.isEmpty());
    }

    // ------------------------------------------------------------ GET /chat/ambassadors
    // (before the shop-customer tests, which add ambassadors)

    void listIsByIdByDefault()
    {
        const HttpResult r = m_sandbox.get(kList);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("total")).toInteger(), kDemoAmbassadors);
        QCOMPARE(r.object().value(QStringLiteral("per_page")).toInteger(), 15);
        const QJsonArray data = r.data();
        QCOMPARE(data.size(), 15);
        for (qsizetype i = 0; i < data.size(); ++i) {
            const QJsonObject ambassador = data.at(i).toObject();
            const QString mismatch = ambassadorMismatch(ambassador);
            QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
            QCOMPARE(idOf(ambassador), i + 1);
        }
    }

    void ambassadorKeysMayList()
    {
        const HttpResult r = m_sandbox.get(kList, asAmbassador());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("total")).toInteger(), kDemoAmbassadors);
    }

    void paginationVisitsEveryAmbassadorOnce_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("no filter") << QString();
        QTest::newRow("recently active first") << QStringLiteral("&sort=-last_action_date");
        QTest::newRow("clients and temps") << QStringLiteral("&filter%5Bstatus%5D=7%2C8");
        QTest::newRow("name and exclude")
            << QStringLiteral("&filter%5Bname%5D=a&filter%5Bexclude%5D=1&sort=last_action_date");
    }

    void paginationVisitsEveryAmbassadorOnce()
    {
        QFETCH(QString, query);
        const PageWalk walk = walkPages(m_sandbox, kList + u"?per_page=7" + query);
        QVERIFY2(walk.error.isEmpty(), qPrintable(walk.error));
        QVERIFY(walk.total > 7);
        QCOMPARE(walk.items.size(), walk.total);
        QVERIFY(!hasDuplicates(idsOf(walk.items, QStringLiteral("id_ambassador"))));
        QCOMPARE(walk.pages, (walk.total + 6) / 7);
        for (const QString &next : walk.nextUrls) {
            const QString decoded = QUrl::fromPercentEncoding(next.toUtf8());
            QVERIFY2(decoded.contains(QUrl::fromPercentEncoding(query.mid(1).toUtf8())),
                     qPrintable(next));
        }
        if (query.isEmpty())
            QCOMPARE(walk.total, kDemoAmbassadors);
    }

    void sorts_data()
    {
        QTest::addColumn<QString>("sort");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("ascending");
        QTest::newRow("last_action_date")
            << QStringLiteral("last_action_date") << QStringLiteral("last_action_date") << true;
        QTest::newRow("-last_action_date")
            << QStringLiteral("-last_action_date") << QStringLiteral("last_action_date") << false;
        QTest::newRow("-id_ambassador")
            << QStringLiteral("-id_ambassador") << QStringLiteral("id_ambassador") << false;
    }

    void sorts()
    {
        QFETCH(QString, sort);
        QFETCH(QString, key);
        QFETCH(bool, ascending);
        const QJsonArray all = everyone(u"&sort=" + sort);
        QCOMPARE(all.size(), kDemoAmbassadors);
        for (qsizetype i = 1; i < all.size(); ++i) {
            // last_action_date strings share one shape, so they order like the instants.
            const QJsonValue before = all.at(i - 1).toObject().value(key);
            const QJsonValue after = all.at(i).toObject().value(key);
            const bool ordered = before.isString()
                                     ? (ascending ? before.toString() <= after.toString()
                                                  : before.toString() >= after.toString())
                                     : (ascending ? before.toInteger() <= after.toInteger()
                                                  : before.toInteger() >= after.toInteger());
            QVERIFY2(ordered, qPrintable(QStringLiteral("item %1").arg(i)));
        }
    }

    void unknownSortIs400()
    {
        const HttpResult r = m_sandbox.get(kList + u"?sort=email");
        QCOMPARE(r.status, 400);
        QVERIFY(r.message().contains(QStringLiteral("last_action_date")));
    }

    void statusFilter_data()
    {
        QTest::addColumn<QString>("statuses");
        QTest::newRow("ambassadors") << QStringLiteral("0");
        QTest::newRow("clients and temps") << QStringLiteral("7,8");
        QTest::newRow("staff") << QStringLiteral("1,2,3,4,5,6");
    }

    void statusFilter()
    {
        QFETCH(QString, statuses);
        QList<int> wanted;
        for (const QString &status : statuses.split(u','))
            wanted.append(status.toInt());
        qint64 expected = 0;
        for (const QJsonValue &item : everyone())
            expected +=
                wanted.contains(item.toObject().value(QStringLiteral("status")).toInt()) ? 1 : 0;
        QVERIFY(expected > 0);

        const QJsonArray filtered = everyone(u"&filter%5Bstatus%5D=" + encoded(statuses));
        QCOMPARE(filtered.size(), expected);
        for (const QJsonValue &item : filtered)
            QVERIFY(wanted.contains(item.toObject().value(QStringLiteral("status")).toInt()));
    }

    void clientsAndTempsAreTheLastIds()
    {
        const QList<qint64> ids = idsOf(everyone(QStringLiteral("&filter%5Bstatus%5D=7%2C8")),
                                        QStringLiteral("id_ambassador"));
        for (qint64 id = 57; id <= kDemoAmbassadors; ++id)
            QVERIFY2(ids.contains(id), qPrintable(QString::number(id)));
    }

    void brandTagFilter()
    {
        const QJsonArray members = everyone(QStringLiteral("&filter%5Bbrand_tag%5D=1"));
        QVERIFY2(members.size() >= 3 && members.size() <= 10,
                 qPrintable(QString::number(members.size())));
        // The tag's first member, as the manager brand-tag list shows it, is among them.
        const QJsonArray tags =
            m_sandbox.get(QStringLiteral("/manager/brand-tags?per_page=50")).data();
        bool checked = false;
        for (const QJsonValue &tag : tags) {
            if (tag.toObject().value(QStringLiteral("id_brand_tag")).toInteger() != 1)
                continue;
            const qint64 first = idOf(tag.toObject().value(QStringLiteral("members")).toObject());
            QVERIFY(idsOf(members, QStringLiteral("id_ambassador")).contains(first));
            checked = true;
        }
        QVERIFY(checked);
        QCOMPARE(total(QStringLiteral("&filter%5Bbrand_tag%5D=999")), 0);
    }

    void nameFilter_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<bool>("upperCase");
        QTest::newRow("firstname, upper case") << QStringLiteral("firstname") << true;
        QTest::newRow("lastname, lower case") << QStringLiteral("lastname") << false;
        QTest::newRow("username") << QStringLiteral("username") << false;
        QTest::newRow("full name") << QStringLiteral("full name") << true;
    }

    void nameFilter()
    {
        QFETCH(QString, field);
        QFETCH(bool, upperCase);
        const QJsonObject ambassador = findById(everyone(), kKeyAmbassador);
        QString needle = field == u"full name"
                             ? ambassador.value(QStringLiteral("firstname")).toString() + u' ' +
                                   ambassador.value(QStringLiteral("lastname")).toString()
                             : ambassador.value(field).toString();
        needle = upperCase ? needle.toUpper() : needle.toLower();
        QVERIFY(!needle.trimmed().isEmpty());

        const QJsonArray found = everyone(u"&filter%5Bname%5D=" + encoded(needle));
        QVERIFY(idsOf(found, QStringLiteral("id_ambassador")).contains(kKeyAmbassador));
        for (const QJsonValue &item : found)
            QVERIFY2(nameMatches(item.toObject(), needle), qPrintable(needle));
    }

    void nameFilterFoldsAccents()
    {
        // The demo brand is French: "ÉLO" must find "Élodie" the way "ADA" finds "Ada".
        for (const QJsonValue &item : everyone()) {
            const QString firstname = item.toObject().value(QStringLiteral("firstname")).toString();
            const bool accented = std::any_of(firstname.cbegin(), firstname.cend(), [](QChar c) {
                return c.unicode() > 127 && c.isLetter();
            });
            if (!accented)
                continue;
            const QJsonArray found = everyone(u"&filter%5Bname%5D=" + encoded(firstname.toUpper()));
            QVERIFY2(idsOf(found, QStringLiteral("id_ambassador")).contains(idOf(item.toObject())),
                     qPrintable(firstname));
            return;
        }
        QSKIP("no accented first name in the demo data");
    }

    void nameFilterWithoutMatch()
    {
        QCOMPARE(total(QStringLiteral("&filter%5Bname%5D=zqxj-nobody")), 0);
    }

    void excludeFilter()
    {
        const QJsonArray rest = everyone(QStringLiteral("&filter%5Bexclude%5D=1"));
        QCOMPARE(rest.size(), kDemoAmbassadors - 1);
        QVERIFY(!idsOf(rest, QStringLiteral("id_ambassador")).contains(kKeyAmbassador));
    }

    void socialCommunityDisplayFilterSplitsTheBrand()
    {
        const qint64 hidden = total(QStringLiteral("&filter%5Bsocial_community_display%5D=0"));
        const qint64 shown = total(QStringLiteral("&filter%5Bsocial_community_display%5D=1"));
        QCOMPARE(hidden + shown, kDemoAmbassadors);
        QVERIFY(shown > 0);
    }

    void filtersCombine()
    {
        const qint64 ambassadors = total(QStringLiteral("&filter%5Bstatus%5D=0"));
        const QJsonArray others =
            everyone(QStringLiteral("&filter%5Bstatus%5D=0&filter%5Bexclude%5D=1"));
        QCOMPARE(others.size(), ambassadors - 1); // ambassador 1 has status 0
        for (const QJsonValue &item : others) {
            QCOMPARE(item.toObject().value(QStringLiteral("status")).toInt(), 0);
            QVERIFY(idOf(item.toObject()) != kKeyAmbassador);
        }
    }

    void badFiltersAre422_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("status with semicolon")
            << QStringLiteral("filter%5Bstatus%5D=7%3B8") << QStringLiteral("filter.status");
        QTest::newRow("status 9") << QStringLiteral("filter%5Bstatus%5D=9")
                                  << QStringLiteral("filter.status");
        QTest::newRow("status word")
            << QStringLiteral("filter%5Bstatus%5D=client") << QStringLiteral("filter.status");
        QTest::newRow("status empty item")
            << QStringLiteral("filter%5Bstatus%5D=7%2C%2C8") << QStringLiteral("filter.status");
        QTest::newRow("brand_tag word")
            << QStringLiteral("filter%5Bbrand_tag%5D=vip") << QStringLiteral("filter.brand_tag");
        QTest::newRow("exclude word")
            << QStringLiteral("filter%5Bexclude%5D=me") << QStringLiteral("filter.exclude");
        QTest::newRow("social community display 2")
            << QStringLiteral("filter%5Bsocial_community_display%5D=2")
            << QStringLiteral("filter.social_community_display");
    }

    void badFiltersAre422()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        const HttpResult r = m_sandbox.get(kList + u'?' + query);
        QCOMPARE(r.status, 422);
        QVERIFY2(r.fieldErrors().contains(field), r.body.constData());
    }

    void unknownFilterIs400()
    {
        const HttpResult r = m_sandbox.get(kList + u"?filter%5Bemail%5D=a");
        QCOMPARE(r.status, 400);
        QVERIFY2(r.message().contains(QStringLiteral("email")), r.body.constData());
        QVERIFY2(r.message().contains(QStringLiteral("brand_tag")), r.body.constData());
    }

    void emptyFiltersAreIgnored()
    {
        QCOMPARE(
            total(QStringLiteral("&filter%5Bstatus%5D=&filter%5Bname%5D=&filter%5Bexclude%5D=")),
            kDemoAmbassadors);
    }

    // ------------------------------------------------------------ PATCH /chat/ambassadors/{id}

    void settingAndClearingEmailTmp()
    {
        const QString address = QStringLiteral("nouvelle.adresse@example.com");
        HttpResult r = m_sandbox.patch(ambassadorPath(5), {{QStringLiteral("email_tmp"), address}});
        QCOMPARE(r.status, 200);
        const QString mismatch = ambassadorMismatch(r.object());
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        QCOMPARE(idOf(r.object()), 5);
        QCOMPARE(r.object().value(QStringLiteral("email_tmp")).toString(), address);
        QCOMPARE(findById(everyone(), 5).value(QStringLiteral("email_tmp")).toString(), address);

        r = m_sandbox.patch(ambassadorPath(5), {{QStringLiteral("email_tmp"), QJsonValue::Null}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.object().value(QStringLiteral("email_tmp")).isNull());
        QVERIFY(findById(everyone(), 5).value(QStringLiteral("email_tmp")).isNull());
    }

    void updateValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        const QString invalid = QStringLiteral("The email tmp must be a valid email address.");
        QTest::newRow("not an address") << QByteArray(R"({"email_tmp": "not-an-email"})")
                                        << QStringLiteral("email_tmp") << invalid;
        QTest::newRow("two at signs") << QByteArray(R"({"email_tmp": "a@@example.com"})")
                                      << QStringLiteral("email_tmp") << invalid;
        QTest::newRow("space inside") << QByteArray(R"({"email_tmp": "jo hn@example.com"})")
                                      << QStringLiteral("email_tmp") << invalid;
        QTest::newRow("number") << QByteArray(R"({"email_tmp": 42})") << QStringLiteral("email_tmp")
                                << QString();
        QTest::newRow("missing") << QByteArray("{}") << QStringLiteral("email_tmp") << QString();
        QTest::newRow("malformed JSON")
            << QByteArray(R"({"email_tmp")") << QStringLiteral("body") << QString();
    }

    void updateValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QFETCH(QString, text);
        const QJsonValue before = findById(everyone(), 6).value(QStringLiteral("email_tmp"));
        const HttpResult r = m_sandbox.send("PATCH", ambassadorPath(6), body);
        QCOMPARE(r.status, 422);
        QVERIFY2(r.fieldErrors().contains(field), r.body.constData());
        if (!text.isEmpty()) {
            QCOMPARE(r.fieldErrors().value(field).toArray().first().toString(), text);
            QCOMPARE(r.message(), text.chopped(1) + u'!');
        }
        QCOMPARE(findById(everyone(), 6).value(QStringLiteral("email_tmp")), before);
    }

    void updateErrors()
    {
        const QJsonObject body{
            {QStringLiteral("email_tmp"), QStringLiteral("someone@example.com")}};
        HttpResult r = m_sandbox.patch(ambassadorPath(kUnknownId), body);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.message(), QStringLiteral("The ambassador does not exist"));

        const QJsonValue before = findById(everyone(), kOther).value(QStringLiteral("email_tmp"));
        QCOMPARE(m_sandbox.patch(ambassadorPath(kOther), body, asAmbassador()).status, 403);
        QCOMPARE(findById(everyone(), kOther).value(QStringLiteral("email_tmp")), before);

        r = m_sandbox.patch(ambassadorPath(kKeyAmbassador), body, asAmbassador());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("email_tmp")).toString(),
                 QStringLiteral("someone@example.com"));
    }

    // ------------------------------------------------------------ POST .../shop-customer

    void shopCustomerIsCreatedOnce()
    {
        const qint64 before = total();
        HttpResult r = m_sandbox.post(
            kShopCustomer,
            {{QStringLiteral("email_tmp"), QStringLiteral("Claire.Dubois@Example.com")},
             {QStringLiteral("firstname"), QStringLiteral("Claire")},
             {QStringLiteral("lastname"), QStringLiteral("Dubois")}});
        QCOMPARE(r.status, 200); // even when created (quirk 18)
        const QJsonObject client = r.object();
        const QString mismatch = ambassadorMismatch(client);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        QCOMPARE(client.value(QStringLiteral("status")).toInt(), 7);
        QCOMPARE(client.value(QStringLiteral("active")).toInt(), 0);
        QCOMPARE(client.value(QStringLiteral("email_tmp")).toString(),
                 QStringLiteral("Claire.Dubois@Example.com"));
        QCOMPARE(client.value(QStringLiteral("firstname")).toString(), QStringLiteral("Claire"));
        QCOMPARE(client.value(QStringLiteral("lastname")).toString(), QStringLiteral("Dubois"));
        QVERIFY(client.value(QStringLiteral("username"))
                    .toString()
                    .startsWith(QStringLiteral("Claire.Dubois")));
        QVERIFY(idOf(client) > kDemoAmbassadors);
        QCOMPARE(total(), before + 1);

        // Found again by email_tmp, whatever its case; nothing new is created.
        r = m_sandbox.post(kShopCustomer, {{QStringLiteral("email_tmp"),
                                            QStringLiteral("claire.dubois@example.com")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(idOf(r.object()), idOf(client));
        QCOMPARE(total(), before + 1);

        const QJsonArray clients =
            everyone(QStringLiteral("&filter%5Bstatus%5D=7&filter%5Bname%5D=claire"));
        QVERIFY(idsOf(clients, QStringLiteral("id_ambassador")).contains(idOf(client)));
    }

    void shopCustomerFindsADemoAmbassador()
    {
        QJsonObject known;
        for (const QJsonValue &item : everyone()) {
            if (item.toObject().value(QStringLiteral("email_tmp")).isString()) {
                known = item.toObject();
                break;
            }
        }
        QVERIFY2(!known.isEmpty(), "no demo ambassador has an email_tmp");
        const qint64 before = total();
        const HttpResult r = m_sandbox.post(
            kShopCustomer, {{QStringLiteral("email_tmp"),
                             known.value(QStringLiteral("email_tmp")).toString().toUpper()}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object(), known);
        QCOMPARE(total(), before);
    }

    void shopCustomerNamesDefaultToEmpty()
    {
        const HttpResult r = m_sandbox.post(
            kShopCustomer, {{QStringLiteral("email_tmp"), QStringLiteral("sans.nom@example.com")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("firstname")), QJsonValue(QString()));
        QCOMPARE(r.object().value(QStringLiteral("lastname")), QJsonValue(QString()));
        QCOMPARE(r.object().value(QStringLiteral("username")).toString(),
                 QStringLiteral("sans.nom"));
    }

    void shopCustomerValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("no email") << QByteArray(R"({"firstname": "Jo"})")
                                  << QStringLiteral("email_tmp");
        QTest::newRow("empty body") << QByteArray() << QStringLiteral("email_tmp");
        QTest::newRow("not an address")
            << QByteArray(R"({"email_tmp": "jo"})") << QStringLiteral("email_tmp");
        QTest::newRow("email number")
            << QByteArray(R"({"email_tmp": 5})") << QStringLiteral("email_tmp");
        QTest::newRow("firstname number")
            << QByteArray(R"({"email_tmp": "jo@example.com", "firstname": 12})")
            << QStringLiteral("firstname");
        QTest::newRow("lastname object")
            << QByteArray(R"({"email_tmp": "jo@example.com", "lastname": {}})")
            << QStringLiteral("lastname");
        QTest::newRow("malformed JSON")
            << QByteArray("email_tmp=jo@example.com") << QStringLiteral("body");
    }

    void shopCustomerValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const qint64 before = total();
        const HttpResult r = m_sandbox.send("POST", kShopCustomer, body);
        QCOMPARE(r.status, 422);
        QVERIFY2(r.fieldErrors().contains(field), r.body.constData());
        QCOMPARE(total(), before);
    }

    void shopCustomerIsForBrandKeys()
    {
        const qint64 before = total();
        const HttpResult r = m_sandbox.post(
            kShopCustomer, {{QStringLiteral("email_tmp"), QStringLiteral("x@example.com")}},
            asAmbassador());
        QCOMPARE(r.status, 403);
        QCOMPARE(total(), before);
    }
};

QTEST_GUILESS_MAIN(TestSandboxAmbassadors)
#include "tst_sandbox_ambassadors.moc"
