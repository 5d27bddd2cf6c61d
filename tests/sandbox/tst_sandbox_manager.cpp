// The manager-scope routes: the brand-wide inbox (GET /manager/chatrooms), one chatroom with
// its messages, and the lookup lists (ambassadors, micro resources, products, brand tags,
// chat topics); plus the demo images the sandbox serves for their "image" URLs.
// Written against the demo data contract: brand 3, 64 ambassadors, 320 products, 8 brand
// tags, 6 chat topics, chatroom 1 between ambassadors 1 and 2 with messages.
// Filters are checked against the unfiltered list: a filtered walk through next_page_url
// must return exactly the items of the full list that satisfy the filter's meaning.
#include "support/sandboxchecks.h"
#include "support/sandboxfixture.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>
#include <functional>
#include <utility>

using namespace popsell::testing;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kRoomOfOneAndTwo = 1;
constexpr qint64 kKeyAmbassador = 1;
// Rows of another brand, written straight into the data file: never visible to brand 3.
constexpr qint64 kOtherBrand = 4;
constexpr qint64 kOtherBrandId = 900001;

using ItemPredicate = std::function<bool(const QJsonObject &)>;

// What a filter row promises about its result, beyond matching the predicate exactly.
enum class Expect
{
    Anything, // the demo data may or may not hold matching items
    Some,     // at least one item
    Narrower, // at least one item, and fewer than the unfiltered list
};

QString text(const QJsonObject &item, const QString &key)
{
    return item.value(key).toString();
}

// A JSON value at a dotted path ("last_rating.value"); null when a step is missing.
QJsonValue valueAt(const QJsonObject &item, const QString &path)
{
    QJsonValue value = item;
    for (const QString &key : path.split(u'.')) {
        if (!value.isObject())
            return QJsonValue::Null;
        value = value.toObject().value(key);
    }
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

// Orders JSON scalars the way SQLite orders the columns behind them: null first.
int compareJson(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isNull() || b.isNull())
        return int(!a.isNull()) - int(!b.isNull());
    if (a.isString())
        return a.toString().compare(b.toString());
    const auto number = [](const QJsonValue &v) {
        return v.isBool() ? double(v.toBool()) : v.toDouble();
    };
    const double x = number(a);
    const double y = number(b);
    return x < y ? -1 : (x > y ? 1 : 0);
}

// Empty when `items` are ordered by `field` (then by id, in the same direction); else the
// first pair out of order. Second-resolution dates may tie across different stored times,
// so the id tie-break is checked only when the field's values are exact.
QString orderMismatch(const QJsonArray &items, const QString &field, const QString &idField,
                      bool descending, bool exactValues)
{
    for (qsizetype i = 1; i < items.size(); ++i) {
        const QJsonObject previous = items.at(i - 1).toObject();
        const QJsonObject current = items.at(i).toObject();
        int order = compareJson(valueAt(previous, field), valueAt(current, field));
        if (order == 0 && exactValues)
            order = compareJson(previous.value(idField), current.value(idField));
        if (descending)
            order = -order;
        if (order > 0) {
            return u"%1 %2 comes before %1 %3"_s.arg(idField)
                .arg(previous.value(idField).toInteger())
                .arg(current.value(idField).toInteger());
        }
    }
    return {};
}

QList<qint64> sortedIds(const QJsonArray &items, const QString &key)
{
    QList<qint64> ids = idsOf(items, key);
    std::sort(ids.begin(), ids.end());
    return ids;
}

QJsonArray matching(const QJsonArray &items, const ItemPredicate &predicate)
{
    QJsonArray result;
    for (const QJsonValue &item : items) {
        if (predicate(item.toObject()))
            result.append(item);
    }
    return result;
}

// A piece from the middle of `value`, in upper case: finds `value` only if the search is a
// case-insensitive substring match.
QString middlePiece(const QString &value)
{
    const qsizetype length = std::max<qsizetype>(3, value.size() / 2);
    return value.mid(std::max<qsizetype>(0, (value.size() - length) / 2), length).toUpper();
}

bool containsText(const QJsonValue &value, const QString &needle)
{
    return value.isString() && value.toString().contains(needle, Qt::CaseInsensitive);
}

RequestOptions withoutHeaders()
{
    RequestOptions o;
    o.token = false;
    o.brandHeader = false;
    return o;
}

} // namespace

Q_DECLARE_METATYPE(ItemPredicate)
Q_DECLARE_METATYPE(Expect)

class TestSandboxManager : public QObject
{
    Q_OBJECT

    SandboxFixture m_sandbox;
    QString m_ambassadorToken;
    // The unfiltered lists, loaded once: the reference every filter is checked against.
    QJsonArray m_rooms;
    QJsonArray m_ambassadors;
    QJsonArray m_products;
    QJsonArray m_brandTags;
    QJsonArray m_chatTopics;

    // What a console sends on manager routes: the token, no X-Popsell-Brand.
    static RequestOptions manager()
    {
        RequestOptions o;
        o.brandHeader = false;
        return o;
    }

    HttpResult get(const QString &path) { return m_sandbox.get(path, manager()); }

    QJsonArray everything(const QString &path)
    {
        const HttpResult r = get(path + u"?per_page=500");
        return r.status == 200 && r.object().value(u"last_page"_s).toInteger() == 1 ? r.data()
                                                                                    : QJsonArray();
    }

    // Brand 4 owns a chatroom, a product, a chat topic, a brand tag and an ambassador.
    QString seedAnotherBrand()
    {
        const QString connection = u"tst-manager-other-brand"_s;
        QString error;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(m_sandbox.dataFile());
            if (!db.open())
                return u"cannot open the data file"_s;
            const QStringList statements = {
                u"INSERT INTO ambassadors (id_ambassador, id_brand, firstname, lastname, username,"
                " email, active, status, last_action_date, date_insert)"
                " VALUES (:id, :brand, 'Other', 'Brand', 'other', 'other@brand.test', 1, 0, 0, 0)"_s,
                u"INSERT INTO chatrooms (id_chatroom, id_brand, type_chatroom, type_discussion,"
                " source, date_insert, last_message_date) VALUES (:id, :brand, 0, 0, 2,"
                " 9000000000000000, 9000000000000000)"_s,
                u"INSERT INTO chatroom_members (id_chatroom, id_ambassador) VALUES (:id, :id)"_s,
                u"INSERT INTO products (id_product, id_brand, name, price, price_catalog,"
                " reference_unit_price, discount_percentage, stock, stock_available)"
                " VALUES (:id, :brand, 'Other product', 1, 1, 1, 0, 1, 1)"_s,
                u"INSERT INTO chat_topics (id_chat_topic, id_brand, color, position, active, roles,"
                " contents, date_insert, date_update) VALUES (:id, :brand, '#000000', 0, 1, '[]',"
                " '[]', 0, 0)"_s,
                u"INSERT INTO brand_tags (id_brand_tag, id_brand, visibility_chat, name)"
                " VALUES (:id, :brand, 1, 'Other tag')"_s,
            };
            for (const QString &statement : statements) {
                QSqlQuery query(db);
                query.prepare(statement);
                query.bindValue(u":id"_s, kOtherBrandId);
                query.bindValue(u":brand"_s, kOtherBrand);
                if (!query.exec() && error.isEmpty())
                    error = statement;
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return error;
    }

    // Rooms in which `author` posted, from every room's messages.
    QList<qint64> roomsWithMessagesFrom(qint64 author)
    {
        QList<qint64> rooms;
        for (const QJsonValue &room : std::as_const(m_rooms)) {
            const qint64 id = room[u"id_chatroom"].toInteger();
            const HttpResult r = get(u"/manager/chatrooms/%1"_s.arg(id));
            for (const QJsonValue &message : r.object().value(u"messages"_s).toArray()) {
                if (message[u"author"][u"id_ambassador"].toInteger() == author) {
                    rooms.append(id);
                    break;
                }
            }
        }
        std::sort(rooms.begin(), rooms.end());
        return rooms;
    }

    // Walks `path` (small pages, through next_page_url) and compares the items with those of
    // `all` that satisfy `predicate`.
    void verifyFilter(const QString &path, const QJsonArray &all, const QString &idField,
                      const ItemPredicate &predicate, Expect expect)
    {
        const PageWalk walk = walkPages(m_sandbox, path, manager());
        QVERIFY2(walk.error.isEmpty(), qPrintable(walk.error));
        const QJsonArray expected = matching(all, predicate);
        QCOMPARE(sortedIds(walk.items, idField), sortedIds(expected, idField));
        QCOMPARE(walk.total, expected.size());
        QVERIFY(!hasDuplicates(idsOf(walk.items, idField)));
        if (expect != Expect::Anything)
            QVERIFY2(!expected.isEmpty(), "the demo data should hold matching items");
        if (expect == Expect::Narrower)
            QVERIFY2(expected.size() < all.size(), "the filter should leave items out");
        // Every followed link keeps the filters of the first request.
        const QUrlQuery first(QUrl(m_sandbox.baseUrl() + path).query());
        for (const QString &next : walk.nextUrls) {
            const QUrlQuery nextQuery(QUrl(next).query());
            for (const auto &[key, value] : first.queryItems(QUrl::FullyDecoded))
                QCOMPARE(nextQuery.queryItemValue(key, QUrl::FullyDecoded), value);
        }
    }

    static void addFilterColumns()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<ItemPredicate>("predicate");
        QTest::addColumn<Expect>("expect");
    }

    static void addSortColumns()
    {
        QTest::addColumn<QString>("sort");
        QTest::addColumn<QString>("field");
        QTest::addColumn<bool>("exactValues");
    }

    // Fetches every item with `sort` and checks their order.
    void verifySort(const QString &path, const QString &idField)
    {
        QFETCH(QString, sort);
        QFETCH(QString, field);
        QFETCH(bool, exactValues);
        const HttpResult r = get(path + u"?per_page=500&sort=" + sort);
        QCOMPARE(r.status, 200);
        const QJsonArray items = r.data();
        QCOMPARE(items.size(), r.object().value(u"total"_s).toInteger());
        QVERIFY(items.size() > 1);
        const bool descending = sort.startsWith(u'-');
        const QString mismatch = orderMismatch(items, field, idField, descending, exactValues);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        // The opposite direction really reverses the order (the sort is not ignored).
        const QString opposite = descending ? sort.mid(1) : u'-' + sort;
        const HttpResult reversed = get(path + u"?per_page=500&sort=" + opposite);
        QVERIFY(orderMismatch(reversed.data(), field, idField, !descending, exactValues).isEmpty());
        if (exactValues) {
            QList<qint64> ids = idsOf(reversed.data(), idField);
            std::reverse(ids.begin(), ids.end());
            QCOMPARE(ids, idsOf(items, idField));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(m_sandbox.start(), QString());
        m_ambassadorToken = m_sandbox.login(m_sandbox.config().ambassadorApiKey);
        QVERIFY(!m_ambassadorToken.isEmpty());
        QCOMPARE(seedAnotherBrand(), QString());
        m_rooms = everything(u"/manager/chatrooms"_s);
        m_ambassadors = everything(u"/manager/ambassadors"_s);
        m_products = everything(u"/manager/products"_s);
        m_brandTags = everything(u"/manager/brand-tags"_s);
        m_chatTopics = everything(u"/manager/chat-topics"_s);
        QCOMPARE(m_rooms.size(), m_sandbox.config().rooms);
        QCOMPARE(m_ambassadors.size(), 64);
        QCOMPARE(m_products.size(), 320);
        QCOMPARE(m_brandTags.size(), 8);
        QCOMPARE(m_chatTopics.size(), 6);
    }

    // ------------------------------------------------------------ guards and statuses

    void everyRouteAnswers200_401_403_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *path :
             {"/manager/chatrooms", "/manager/chatrooms/1", "/manager/ambassadors",
              "/manager/ambassadors/micro-resource", "/manager/products", "/manager/products/1",
              "/manager/brand-tags", "/manager/chat-topics", "/manager/chat-topics/1"}) {
            QTest::newRow(path) << QString::fromLatin1(path);
        }
    }

    void everyRouteAnswers200_401_403()
    {
        QFETCH(QString, path);
        const HttpResult ok = get(path);
        QCOMPARE(ok.status, 200);
        QVERIFY(ok.headers.value("content-type").startsWith("application/json"));
        QVERIFY(!ok.object().isEmpty());

        RequestOptions noToken = manager();
        noToken.token = false;
        HttpResult r = m_sandbox.get(path, noToken);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.object(), jsonObject(R"({"message":"Unauthorized."})"));

        RequestOptions ambassadorKey = manager();
        ambassadorKey.tokenOverride = m_ambassadorToken;
        r = m_sandbox.get(path, ambassadorKey);
        QCOMPARE(r.status, 403);
    }

    void unknownIdsAre404_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        const QString room = u"The chatroom does not exist"_s;
        const QString product = u"Product not found"_s;
        const QString topic = u"The chat topic does not exist"_s;
        QTest::newRow("chatroom") << u"/manager/chatrooms/999999"_s << room;
        QTest::newRow("chatroom of another brand")
            << u"/manager/chatrooms/%1"_s.arg(kOtherBrandId) << room;
        QTest::newRow("product") << u"/manager/products/999999"_s << product;
        QTest::newRow("product of another brand")
            << u"/manager/products/%1"_s.arg(kOtherBrandId) << product;
        QTest::newRow("chat topic") << u"/manager/chat-topics/999999"_s << topic;
        QTest::newRow("chat topic of another brand")
            << u"/manager/chat-topics/%1"_s.arg(kOtherBrandId) << topic;
    }

    void unknownIdsAre404()
    {
        QFETCH(QString, path);
        QFETCH(QString, message);
        const HttpResult r = get(path);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.object(), QJsonObject({{u"message"_s, message}}));
    }

    void listsHoldOnlyTheCallersBrand()
    {
        const QList<std::pair<QJsonArray, QString>> lists = {{m_rooms, u"id_chatroom"_s},
                                                             {m_ambassadors, u"id_ambassador"_s},
                                                             {m_products, u"id_product"_s},
                                                             {m_brandTags, u"id_brand_tag"_s},
                                                             {m_chatTopics, u"id_chat_topic"_s}};
        for (const auto &[items, idField] : lists)
            QVERIFY2(!idsOf(items, idField).contains(kOtherBrandId), qPrintable(idField));
        for (const QJsonValue &ambassador : std::as_const(m_ambassadors))
            QCOMPARE(ambassador[u"id_brand"].toInteger(), m_sandbox.brandId());
        QVERIFY(!idsOf(everything(u"/manager/ambassadors/micro-resource"_s), u"id_ambassador"_s)
                     .contains(kOtherBrandId));
    }

    // ------------------------------------------------------------ the Laravel envelope

    void envelopeOfAMiddlePage()
    {
        const HttpResult r = get(u"/manager/chatrooms?per_page=7&page=2"_s);
        QCOMPARE(r.status, 200);
        const QJsonObject page = r.object();
        const qint64 total = page[u"total"].toInteger();
        QCOMPARE(total, m_sandbox.config().rooms);
        const qint64 lastPage = (total + 6) / 7;
        QCOMPARE(page[u"current_page"].toInteger(), 2);
        QCOMPARE(page[u"per_page"].toInteger(), 7);
        QCOMPARE(page[u"from"].toInteger(), 8);
        QCOMPARE(page[u"to"].toInteger(), 14);
        QCOMPARE(page[u"last_page"].toInteger(), lastPage);
        QCOMPARE(r.data().size(), 7);
        QCOMPARE(page[u"path"].toString(), QString(m_sandbox.baseUrl() + u"/manager/chatrooms"));

        const auto pageOf = [](const QJsonValue &url) {
            return QUrlQuery(QUrl(url.toString()).query()).queryItemValue(u"page"_s).toInt();
        };
        QCOMPARE(pageOf(page[u"first_page_url"]), 1);
        QCOMPARE(pageOf(page[u"last_page_url"]), lastPage);
        QCOMPARE(pageOf(page[u"prev_page_url"]), 1);
        QCOMPARE(pageOf(page[u"next_page_url"]), 3);
        QVERIFY(page[u"next_page_url"].toString().startsWith(page[u"path"].toString() + u'?'));

        const QJsonArray links = page[u"links"].toArray();
        QVERIFY(links.size() >= 3);
        QCOMPARE(links.first()[u"label"].toString(), u"&laquo; Previous"_s);
        QCOMPARE(links.last()[u"label"].toString(), u"Next &raquo;"_s);
        int active = 0;
        for (const QJsonValue &link : links) {
            QVERIFY(link[u"url"].isString() || link[u"url"].isNull());
            QVERIFY(link[u"label"].isString());
            QVERIFY(link[u"active"].isBool());
            if (link[u"active"].toBool()) {
                ++active;
                QCOMPARE(link[u"label"].toString(), u"2"_s);
                QCOMPARE(pageOf(link[u"url"]), 2);
            }
        }
        QCOMPARE(active, 1);
    }

    void envelopeOfTheLastPage()
    {
        const HttpResult first = get(u"/manager/products?per_page=50"_s);
        const qint64 lastPage = first.object()[u"last_page"].toInteger();
        QCOMPARE(lastPage, 7); // 320 products
        QCOMPARE(first.object()[u"prev_page_url"], QJsonValue(QJsonValue::Null));
        QCOMPARE(first.object()[u"links"][0][u"url"], QJsonValue(QJsonValue::Null));

        const HttpResult last = get(u"/manager/products?per_page=50&page=7"_s);
        const QJsonObject page = last.object();
        QCOMPARE(page[u"next_page_url"], QJsonValue(QJsonValue::Null));
        QCOMPARE(page[u"links"].toArray().last()[u"url"], QJsonValue(QJsonValue::Null));
        QCOMPARE(page[u"from"].toInteger(), 301);
        QCOMPARE(page[u"to"].toInteger(), 320);
        QCOMPARE(last.data().size(), 20);

        const HttpResult beyond = get(u"/manager/products?per_page=50&page=8"_s);
        QCOMPARE(beyond.status, 200);
        QVERIFY(beyond.data().isEmpty());
        QCOMPARE(beyond.object()[u"from"], QJsonValue(QJsonValue::Null));
        QCOMPARE(beyond.object()[u"to"], QJsonValue(QJsonValue::Null));
    }

    void perPageDefaultsTo15()
    {
        const HttpResult r = get(u"/manager/ambassadors"_s);
        QCOMPARE(r.object()[u"per_page"].toInteger(), 15);
        QCOMPARE(r.data().size(), 15);
    }

    void walkingEveryListYieldsTotalDistinctItems_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("idField");
        QTest::newRow("chatrooms") << u"/manager/chatrooms?per_page=9"_s << u"id_chatroom"_s;
        QTest::newRow("ambassadors")
            << u"/manager/ambassadors?per_page=10&sort=-firstname"_s << u"id_ambassador"_s;
        QTest::newRow("micro resources")
            << u"/manager/ambassadors/micro-resource?per_page=10"_s << u"id_ambassador"_s;
        QTest::newRow("products") << u"/manager/products?per_page=45"_s << u"id_product"_s;
        QTest::newRow("brand tags") << u"/manager/brand-tags?per_page=3"_s << u"id_brand_tag"_s;
        QTest::newRow("chat topics") << u"/manager/chat-topics?per_page=4"_s << u"id_chat_topic"_s;
    }

    void walkingEveryListYieldsTotalDistinctItems()
    {
        QFETCH(QString, path);
        QFETCH(QString, idField);
        const PageWalk walk = walkPages(m_sandbox, path, manager());
        QVERIFY2(walk.error.isEmpty(), qPrintable(walk.error));
        QVERIFY(walk.pages > 1);
        QCOMPARE(walk.items.size(), walk.total);
        QVERIFY(!hasDuplicates(idsOf(walk.items, idField)));
    }

    // ------------------------------------------------------------ bad parameters

    void badFilterValuesAre422_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("field");
        const QList<std::pair<const char *, const char *>> rows = {
            {"/manager/chatrooms?filter[source]=2", "source"},
            {"/manager/chatrooms?filter[source]=cold_list", "source"},
            {"/manager/chatrooms?filter[type_chatroom]=1", "type_chatroom"},
            {"/manager/chatrooms?filter[type_discussion]=3", "type_discussion"},
            {"/manager/chatrooms?filter[dialogue]=yes", "dialogue"},
            {"/manager/chatrooms?filter[last_rating]=6", "last_rating"},
            {"/manager/chatrooms?filter[last_rating]=rated", "last_rating"},
            {"/manager/chatrooms?filter[ambassador]=abc", "ambassador"},
            {"/manager/ambassadors?filter[active]=2", "active"},
            {"/manager/ambassadors?filter[active]=-6", "active"},
            {"/manager/ambassadors?filter[active]=yes", "active"},
            {"/manager/ambassadors?filter[status]=9", "status"},
            {"/manager/ambassadors?filter[status]=7,,8", "status"},
            {"/manager/ambassadors?filter[suspicious]=maybe", "suspicious"},
            {"/manager/ambassadors?filter[quarantine]=2", "quarantine"},
            {"/manager/ambassadors?filter[manager_users_only]=managers", "manager_users_only"},
            {"/manager/ambassadors/micro-resource?filter[status]=client", "status"},
            {"/manager/products?filter[price]=cheap", "price"},
            {"/manager/products?filter[price]=1,2,3", "price"},
            {"/manager/products?filter[price]=20,10", "price"},
            {"/manager/products?filter[stock]=5,", "stock"},
            {"/manager/brand-tags?filter[visibility_chat]=3", "visibility_chat"},
            {"/manager/chat-topics?filter[active]=perhaps", "active"},
        };
        for (const auto &[path, field] : rows)
            QTest::newRow(path) << QString::fromLatin1(path) << u"filter."_s + QLatin1String(field);
    }

    void badFilterValuesAre422()
    {
        QFETCH(QString, path);
        QFETCH(QString, field);
        const HttpResult r = get(path);
        QCOMPARE(r.status, 422);
        QVERIFY2(r.fieldErrors().contains(field), r.body.constData());
        QCOMPARE(r.fieldErrors().size(), 1);
        QVERIFY(r.fieldErrors().value(field).toArray().first().isString());
        QVERIFY(r.message().endsWith(u'!'));
    }

    void unknownFiltersAndSortsAre400_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *path :
             {"/manager/chatrooms?sort=-unread", "/manager/chatrooms?sort=source",
              "/manager/chatrooms?filter[flag]=1", "/manager/ambassadors?sort=password",
              "/manager/ambassadors?filter[email]=a",
              "/manager/ambassadors/micro-resource?sort=firstname", "/manager/products?sort=price",
              "/manager/products?filter[color]=red", "/manager/brand-tags?sort=name",
              "/manager/brand-tags?filter[name]=x", "/manager/chat-topics?sort=color",
              "/manager/chat-topics?filter[color]=red"}) {
            QTest::newRow(path) << QString::fromLatin1(path);
        }
    }

    void unknownFiltersAndSortsAre400()
    {
        QFETCH(QString, path);
        const HttpResult r = get(path);
        QCOMPARE(r.status, 400);
        QVERIFY2(r.message().contains(u"is not allowed"_s) ||
                     r.message().contains(u"are not allowed"_s),
                 r.body.constData());
    }

    void blankFiltersAreIgnored()
    {
        const HttpResult r = get(u"/manager/chatrooms?filter[source]=&filter[ambassador]="_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object()[u"total"].toInteger(), m_rooms.size());
    }

    // ------------------------------------------------------------ GET /manager/chatrooms

    void inboxItemsLeaveOutThePivotData()
    {
        for (const QJsonValue &room : std::as_const(m_rooms)) {
            const QJsonArray ambassadors = room[u"ambassadors"].toArray();
            QVERIFY(!ambassadors.isEmpty());
            for (const QJsonValue &ambassador : ambassadors) {
                QVERIFY(!ambassador.toObject().contains(u"chatroom_pivot_data"_s));
                const QString mismatch = ambassadorMismatch(ambassador.toObject());
                QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
            }
            QVERIFY(isLaravelDate(room[u"date_insert"]));
            QVERIFY(isLaravelDate(room[u"last_message_date"]));
            QVERIFY(room[u"source"].isDouble());
        }
    }

    void inboxIsNewestFirstByDefault()
    {
        const QString mismatch =
            orderMismatch(m_rooms, u"last_message_date"_s, u"id_chatroom"_s, true, true);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        QVERIFY(m_rooms.first()[u"last_message_date"] != m_rooms.last()[u"last_message_date"]);
    }

    void inboxSorts_data()
    {
        addSortColumns();
        const QList<std::pair<QString, QString>> sorts = {
            {u"id_chatroom"_s, u"id_chatroom"_s},
            {u"date_insert"_s, u"date_insert"_s},
            {u"last_message_date"_s, u"last_message_date"_s},
            {u"last_rating"_s, u"last_rating.value"_s}};
        for (const auto &[sort, field] : sorts) {
            QTest::newRow(qPrintable(sort)) << sort << field << true;
            QTest::newRow(qPrintable(u'-' + sort)) << u'-' + sort << field << true;
        }
    }

    void inboxSorts() { verifySort(u"/manager/chatrooms"_s, u"id_chatroom"_s); }

    void inboxFilters_data()
    {
        addFilterColumns();
        const auto field = [](const char *name, qint64 value) {
            return ItemPredicate([key = QString::fromLatin1(name), value](const QJsonObject &room) {
                return room.value(key).toInteger(-1) == value;
            });
        };
        const auto rating = [](const QJsonObject &room) {
            return valueAt(room, u"last_rating.value"_s);
        };
        QTest::newRow("source direct")
            << u"filter[source]=direct"_s << field("source", 0) << Expect::Narrower;
        QTest::newRow("source waiting_list")
            << u"filter[source]=waiting_list"_s << field("source", 1) << Expect::Narrower;
        QTest::newRow("source hot_list")
            << u"filter[source]=hot_list"_s << field("source", 2) << Expect::Narrower;
        QTest::newRow("type_chatroom 0")
            << u"filter[type_chatroom]=0"_s << field("type_chatroom", 0) << Expect::Narrower;
        QTest::newRow("type_chatroom 7")
            << u"filter[type_chatroom]=7"_s << field("type_chatroom", 7) << Expect::Narrower;
        for (int discussion = 0; discussion <= 2; ++discussion) {
            QTest::addRow("type_discussion %d", discussion)
                << u"filter[type_discussion]=%1"_s.arg(discussion)
                << field("type_discussion", discussion) << Expect::Narrower;
        }
        QTest::newRow("established")
            << u"filter[dialogue]=established"_s << ItemPredicate([](const QJsonObject &room) {
                   return !room[u"established_dialogue"].isNull();
               })
            << Expect::Some;
        QTest::newRow("not established")
            << u"filter[dialogue]=not_established"_s << ItemPredicate([](const QJsonObject &room) {
                   return room[u"established_dialogue"].isNull();
               })
            << Expect::Anything;
        QTest::newRow("not rated")
            << u"filter[last_rating]=not_rated"_s
            << ItemPredicate([rating](const QJsonObject &room) { return rating(room).isNull(); })
            << Expect::Anything;
        for (int value = 0; value <= 5; ++value) {
            QTest::addRow("last_rating %d", value)
                << u"filter[last_rating]=%1"_s.arg(value)
                << ItemPredicate([rating, value](const QJsonObject &room) {
                       return rating(room).toInteger(-1) == value;
                   })
                << Expect::Anything;
        }
        QTest::newRow("hot_list, one to one, newest first")
            << u"filter[source]=hot_list&filter[type_chatroom]=0&sort=-last_message_date"_s
            << ItemPredicate([](const QJsonObject &room) {
                   return room[u"source"].toInteger() == 2 &&
                          room[u"type_chatroom"].toInteger() == 0;
               })
            << Expect::Narrower;
        QTest::newRow("unknown ambassador")
            << u"filter[ambassador]=999999"_s
            << ItemPredicate([](const QJsonObject &) { return false; }) << Expect::Anything;
    }

    void inboxFilters()
    {
        QFETCH(QString, query);
        QFETCH(ItemPredicate, predicate);
        QFETCH(Expect, expect);
        verifyFilter(u"/manager/chatrooms?per_page=7&"_s + query, m_rooms, u"id_chatroom"_s,
                     predicate, expect);
    }

    void inboxFilterByAuthor()
    {
        // Ambassador 1 posts in chatroom 1 (and more); membership alone is not enough.
        const QList<qint64> expected = roomsWithMessagesFrom(kKeyAmbassador);
        QVERIFY(expected.contains(kRoomOfOneAndTwo));
        const PageWalk walk = walkPages(
            m_sandbox, u"/manager/chatrooms?per_page=4&filter[ambassador]=%1"_s.arg(kKeyAmbassador),
            manager());
        QVERIFY2(walk.error.isEmpty(), qPrintable(walk.error));
        QCOMPARE(sortedIds(walk.items, u"id_chatroom"_s), expected);
        const QString mismatch =
            orderMismatch(walk.items, u"last_message_date"_s, u"id_chatroom"_s, true, true);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }

    // ------------------------------------------------------------ GET /manager/chatrooms/{id}

    void chatroomWithItsMessages()
    {
        const HttpResult r = get(u"/manager/chatrooms/%1"_s.arg(kRoomOfOneAndTwo));
        QCOMPARE(r.status, 200);
        const QJsonObject room = r.object();
        QCOMPARE(room[u"id_chatroom"].toInteger(), kRoomOfOneAndTwo);
        QCOMPARE(room[u"type_chatroom"].toInteger(), 0);
        QVERIFY(!room[u"established_dialogue"].isNull());

        QList<qint64> members;
        for (const QJsonValue &ambassador : room[u"ambassadors"].toArray()) {
            const qint64 id = ambassador[u"id_ambassador"].toInteger();
            members.append(id);
            const QJsonArray pivots = ambassador[u"chatroom_pivot_data"].toArray();
            QCOMPARE(pivots.size(), 1);
            QCOMPARE(pivots.first()[u"id_ambassador"].toInteger(), id);
            QCOMPARE(pivots.first()[u"id_chatroom"].toInteger(), kRoomOfOneAndTwo);
            QVERIFY(pivots.first()[u"archived"].isBool());
            QVERIFY(pivots.first()[u"is_blocked"].isBool());
        }
        std::sort(members.begin(), members.end());
        QCOMPARE(members, QList<qint64>({1, 2}));

        const QJsonArray messages = room[u"messages"].toArray();
        QVERIFY(messages.size() >= 10);
        QSet<qint64> authors;
        for (const QJsonValue &message : messages) {
            const QString mismatch = messageMismatch(message.toObject());
            QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
            authors.insert(message[u"author"][u"id_ambassador"].toInteger());
        }
        QCOMPARE(authors, QSet<qint64>({1, 2}));
        const QString order =
            orderMismatch(messages, u"date_insert"_s, u"id_message"_s, false, true);
        QVERIFY2(order.isEmpty(), qPrintable(order));

        // The inbox item of the same room agrees on the newest message.
        const QJsonArray listed = matching(m_rooms, [](const QJsonObject &item) {
            return item[u"id_chatroom"].toInteger() == kRoomOfOneAndTwo;
        });
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first()[u"last_message_date"], messages.last()[u"date_insert"]);
    }

    void chatroomMessagesCarryTheirProductsAndRatings()
    {
        // Across all rooms: product messages list products, rated messages carry a rating.
        bool sawProduct = false;
        bool sawRating = false;
        for (const QJsonValue &item : std::as_const(m_rooms)) {
            const HttpResult r =
                get(u"/manager/chatrooms/%1"_s.arg(item[u"id_chatroom"].toInteger()));
            QCOMPARE(r.status, 200);
            const QJsonArray messages = r.object()[u"messages"].toArray();
            QVERIFY(!messages.isEmpty());
            for (const QJsonValue &message : messages) {
                const qint64 type = message[u"type_message"].toInteger();
                if (type == 3) {
                    sawProduct = true;
                    QVERIFY(!message[u"products"].toArray().isEmpty());
                } else if (type == 2) {
                    sawRating = true;
                    QVERIFY(message[u"rating"].isObject());
                }
            }
        }
        QVERIFY(sawProduct);
        QVERIFY(sawRating);
    }

    // ------------------------------------------------------------ GET /manager/ambassadors

    void managerAmbassadorShape()
    {
        for (const QJsonValue &value : std::as_const(m_ambassadors)) {
            const QJsonObject ambassador = value.toObject();
            const QList<JsonKind> integer{JsonKind::Integer};
            const QList<JsonKind> boolean{JsonKind::Boolean};
            const QString mismatch =
                shapeMismatch(ambassador, {{u"id_ambassador"_s, integer},
                                           {u"id_brand"_s, integer},
                                           {u"date_insert"_s, {JsonKind::String}},
                                           {u"image"_s, {JsonKind::String}},
                                           {u"firstname"_s, {JsonKind::String}},
                                           {u"lastname"_s, {JsonKind::String}},
                                           {u"email"_s, {JsonKind::String}},
                                           {u"email_tmp"_s, {JsonKind::String, JsonKind::Null}},
                                           {u"gamification_score"_s, integer},
                                           {u"suspicious"_s, boolean},
                                           {u"ignore_suspicious"_s, boolean},
                                           {u"suspicious_quarantine"_s, boolean},
                                           {u"active"_s, integer},
                                           {u"status"_s, integer},
                                           {u"sell_token_amount"_s, integer},
                                           {u"nb_conversations"_s, integer},
                                           {u"nb_diffused_publications"_s, integer},
                                           {u"online"_s, boolean},
                                           {u"nb_sales"_s, integer},
                                           {u"nb_chat_sales"_s, integer},
                                           {u"nb_purchases"_s, integer}});
            QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        }
        // nb_conversations counts the chatrooms the ambassador is a member of.
        qint64 roomsOfOne = 0;
        for (const QJsonValue &room : std::as_const(m_rooms)) {
            const QList<qint64> members = idsOf(room[u"ambassadors"].toArray(), u"id_ambassador"_s);
            roomsOfOne += members.contains(kKeyAmbassador) ? 1 : 0;
        }
        QVERIFY(roomsOfOne >= 5);
        QCOMPARE(m_ambassadors.first()[u"id_ambassador"].toInteger(), kKeyAmbassador);
        QCOMPARE(m_ambassadors.first()[u"nb_conversations"].toInteger(), roomsOfOne);
    }

    void ambassadorSorts_data()
    {
        addSortColumns();
        for (const char *sort :
             {"id_ambassador", "firstname", "lastname", "customer_id", "email", "active", "status",
              "gamification_score", "sell_token_amount", "nb_conversations",
              "nb_diffused_publications", "nb_sales", "nb_chat_sales", "nb_purchases"}) {
            const QString name = QString::fromLatin1(sort);
            QTest::newRow(sort) << name << name << true;
            QTest::newRow(qPrintable(u'-' + name)) << u'-' + name << name << true;
        }
        // date_insert is printed to the second only.
        QTest::newRow("date_insert") << u"date_insert"_s << u"date_insert"_s << false;
        QTest::newRow("-date_insert") << u"-date_insert"_s << u"date_insert"_s << false;
        QTest::newRow("pertinence") << u"pertinence"_s << u"gamification_score"_s << true;
        QTest::newRow("-pertinence") << u"-pertinence"_s << u"gamification_score"_s << true;
    }

    void ambassadorSorts() { verifySort(u"/manager/ambassadors"_s, u"id_ambassador"_s); }

    void ambassadorFilters_data()
    {
        addFilterColumns();
        const auto integer = [](const char *name, const QList<qint64> &values) {
            return ItemPredicate([key = QString::fromLatin1(name), values](const QJsonObject &a) {
                return values.contains(a.value(key).toInteger(-100));
            });
        };
        const auto flag = [](const char *name, bool value) {
            return ItemPredicate([key = QString::fromLatin1(name), value](const QJsonObject &a) {
                return a.value(key).toBool() == value;
            });
        };
        for (int active = -3; active <= 1; ++active) {
            QTest::addRow("active %d", active) << u"filter[active]=%1"_s.arg(active)
                                               << integer("active", {active}) << Expect::Narrower;
        }
        QTest::newRow("active -5")
            << u"filter[active]=-5"_s << integer("active", {-5}) << Expect::Anything;
        QTest::newRow("status 0") << u"filter[status]=0"_s << integer("status", {0})
                                  << Expect::Narrower;
        QTest::newRow("status 7,8")
            << u"filter[status]=7,8"_s << integer("status", {7, 8}) << Expect::Narrower;
        QTest::newRow("status 7, 8 with a space")
            << u"filter[status]=7,%208"_s << integer("status", {7, 8}) << Expect::Narrower;
        QTest::newRow("status 7,8 and active 1")
            << u"filter[status]=7,8&filter[active]=1"_s << ItemPredicate([](const QJsonObject &a) {
                   return a[u"status"].toInteger() >= 7 && a[u"active"].toInteger() == 1;
               })
            << Expect::Anything;
        QTest::newRow("manager users only") << u"filter[manager_users_only]=true"_s
                                            << integer("status", {2, 4, 5}) << Expect::Narrower;
        QTest::newRow("not only manager users")
            << u"filter[manager_users_only]=false"_s
            << ItemPredicate([](const QJsonObject &) { return true; }) << Expect::Some;
        QTest::newRow("suspicious")
            << u"filter[suspicious]=true"_s << flag("suspicious", true) << Expect::Anything;
        QTest::newRow("not suspicious")
            << u"filter[suspicious]=0"_s << flag("suspicious", false) << Expect::Some;
        QTest::newRow("quarantine")
            << u"filter[quarantine]=1"_s << flag("suspicious_quarantine", true) << Expect::Anything;
        QTest::newRow("no quarantine") << u"filter[quarantine]=false"_s
                                       << flag("suspicious_quarantine", false) << Expect::Some;

        QString role = u"administrator"_s;
        for (const QJsonValue &a : std::as_const(m_ambassadors)) {
            if (a[u"role"].isString()) {
                role = a[u"role"].toString();
                break;
            }
        }
        QTest::newRow("has_role") << u"filter[has_role]="_s + role
                                  << ItemPredicate([role](const QJsonObject &a) {
                                         return a[u"role"].toString() == role;
                                     })
                                  << Expect::Anything;

        const auto searchRow = [](const char *name, const QString &term, Expect expect) {
            const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(term));
            QTest::newRow(name) << u"filter[ambassador_search]="_s + encoded
                                << ItemPredicate([term](const QJsonObject &a) {
                                       const QString fullName =
                                           text(a, u"firstname"_s) + u' ' + text(a, u"lastname"_s);
                                       return fullName.contains(term, Qt::CaseInsensitive) ||
                                              containsText(a[u"firstname"], term) ||
                                              containsText(a[u"lastname"], term) ||
                                              containsText(a[u"email"], term) ||
                                              containsText(a[u"email_tmp"], term) ||
                                              containsText(a[u"customer_id"], term);
                                   })
                                << expect;
        };
        const QJsonObject second = m_ambassadors.at(1).toObject();
        searchRow("lastname, upper case", text(second, u"lastname"_s).toUpper(), Expect::Some);
        searchRow("full name, lower case",
                  (text(second, u"firstname"_s) + u' ' + text(second, u"lastname"_s)).toLower(),
                  Expect::Some);
        searchRow("part of an email", middlePiece(text(second, u"email"_s)), Expect::Some);
        for (const QJsonValue &a : std::as_const(m_ambassadors)) {
            if (a[u"email_tmp"].isString()) {
                searchRow("part of an email_tmp", middlePiece(a[u"email_tmp"].toString()),
                          Expect::Some);
                break;
            }
        }
        for (const QJsonValue &a : std::as_const(m_ambassadors)) {
            if (a[u"customer_id"].isString()) {
                searchRow("customer id", a[u"customer_id"].toString().toLower(), Expect::Some);
                break;
            }
        }
        for (const QJsonValue &a : std::as_const(m_ambassadors)) {
            const QString firstname = a[u"firstname"].toString();
            if (firstname.front().toLower() != firstname.front().toUpper() &&
                firstname.front().unicode() > 0x7f) {
                searchRow("accented initial, other case", firstname.toLower(), Expect::Some);
                break;
            }
        }
        searchRow("nobody", u"zzqx-nobody"_s, Expect::Anything);
        // Wildcards of SQL LIKE and GLOB are plain characters in a search.
        searchRow("percent sign", u"%"_s, Expect::Anything);
        searchRow("underscore", u"_"_s, Expect::Anything);
        searchRow("star", u"*"_s, Expect::Anything);
    }

    void ambassadorFilters()
    {
        QFETCH(QString, query);
        QFETCH(ItemPredicate, predicate);
        QFETCH(Expect, expect);
        verifyFilter(u"/manager/ambassadors?per_page=10&"_s + query, m_ambassadors,
                     u"id_ambassador"_s, predicate, expect);
    }

    // ------------------------------------------------------------ micro resources

    void microResourcesAreChatAmbassadors()
    {
        const QJsonArray all = everything(u"/manager/ambassadors/micro-resource"_s);
        QCOMPARE(sortedIds(all, u"id_ambassador"_s), sortedIds(m_ambassadors, u"id_ambassador"_s));
        QCOMPARE(idsOf(all, u"id_ambassador"_s), sortedIds(all, u"id_ambassador"_s));
        for (const QJsonValue &ambassador : all) {
            const QString mismatch = ambassadorMismatch(ambassador.toObject());
            QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
            QVERIFY(!ambassador.toObject().contains(u"nb_conversations"_s));
        }
    }

    void microResourcesFilterByStatus_data()
    {
        addFilterColumns();
        const auto statusIn = [](const QList<qint64> &statuses) {
            return ItemPredicate([statuses](const QJsonObject &a) {
                return statuses.contains(a[u"status"].toInteger());
            });
        };
        QTest::newRow("clients and temps")
            << u"filter[status]=7,8"_s << statusIn({7, 8}) << Expect::Narrower;
        QTest::newRow("ambassadors") << u"filter[status]=0"_s << statusIn({0}) << Expect::Narrower;
        QTest::newRow("managers") << u"filter[status]=2,4,5"_s << statusIn({2, 4, 5})
                                  << Expect::Narrower;
    }

    void microResourcesFilterByStatus()
    {
        QFETCH(QString, query);
        QFETCH(ItemPredicate, predicate);
        QFETCH(Expect, expect);
        verifyFilter(u"/manager/ambassadors/micro-resource?per_page=5&"_s + query,
                     everything(u"/manager/ambassadors/micro-resource"_s), u"id_ambassador"_s,
                     predicate, expect);
    }

    // ------------------------------------------------------------ products

    void productsInIdOrder()
    {
        QCOMPARE(idsOf(m_products, u"id_product"_s), sortedIds(m_products, u"id_product"_s));
        QCOMPARE(m_products.first()[u"id_product"].toInteger(), 1);
        QCOMPARE(m_products.last()[u"id_product"].toInteger(), 320);
    }

    void oneProduct()
    {
        const QJsonObject listed = m_products.at(4).toObject();
        const HttpResult r = get(u"/manager/products/%1"_s.arg(listed[u"id_product"].toInteger()));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object(), listed);
        const QList<JsonKind> number{JsonKind::Number};
        const QList<JsonKind> optionalText{JsonKind::String, JsonKind::Null};
        const QString mismatch = shapeMismatch(r.object(), {{u"id_product"_s, {JsonKind::Integer}},
                                                            {u"name"_s, {JsonKind::String}},
                                                            {u"type"_s, optionalText},
                                                            {u"discount_percentage"_s, number},
                                                            {u"price_catalog"_s, number},
                                                            {u"reference_unit_price"_s, number},
                                                            {u"sku"_s, optionalText},
                                                            {u"youtube_id"_s, optionalText},
                                                            {u"url"_s, optionalText},
                                                            {u"description"_s, optionalText},
                                                            {u"images"_s, {JsonKind::Array}},
                                                            {u"price"_s, number},
                                                            {u"stock"_s, number},
                                                            {u"stock_available"_s, number},
                                                            {u"old_image"_s, optionalText}});
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }

    void productFilters_data()
    {
        addFilterColumns();
        const auto number = [](const QJsonValue &value) {
            return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
        };
        const auto between = [](const char *name, double min, double max) {
            return ItemPredicate([key = QString::fromLatin1(name), min, max](const QJsonObject &p) {
                const double value = p.value(key).toDouble();
                return value >= min && value <= max;
            });
        };
        const auto containing = [](const char *name, const QString &term) {
            return ItemPredicate([key = QString::fromLatin1(name), term](const QJsonObject &p) {
                return containsText(p.value(key), term);
            });
        };
        const auto encoded = [](const QString &term) {
            return QString::fromLatin1(QUrl::toPercentEncoding(term));
        };

        const QJsonObject first = m_products.first().toObject();
        const QString name = middlePiece(text(first, u"name"_s));
        QTest::newRow("name") << u"filter[name]="_s + encoded(name) << containing("name", name)
                              << Expect::Some;
        for (const QJsonValue &p : std::as_const(m_products)) {
            if (p[u"description"].isString()) {
                const QString piece = middlePiece(p[u"description"].toString());
                QTest::newRow("description") << u"filter[description]="_s + encoded(piece)
                                             << containing("description", piece) << Expect::Some;
                break;
            }
        }
        for (const QJsonValue &p : std::as_const(m_products)) {
            if (p[u"sku"].isString()) {
                const QString sku = p[u"sku"].toString().toLower();
                QTest::newRow("sku")
                    << u"filter[sku]="_s + encoded(sku) << containing("sku", sku) << Expect::Some;
                break;
            }
        }

        const double price = first[u"price"].toDouble();
        QTest::newRow("exact price") << u"filter[price]="_s + number(first[u"price"])
                                     << between("price", price, price) << Expect::Some;
        QList<double> prices;
        for (const QJsonValue &p : std::as_const(m_products))
            prices.append(p[u"price"].toDouble());
        std::sort(prices.begin(), prices.end());
        const double low = prices.at(80);
        const double high = prices.at(200);
        QTest::newRow("price range") << u"filter[price]=%1,%2"_s.arg(number(low), number(high))
                                     << between("price", low, high) << Expect::Narrower;
        const double stock = first[u"stock"].toDouble();
        QTest::newRow("exact stock") << u"filter[stock]="_s + number(first[u"stock"])
                                     << between("stock", stock, stock) << Expect::Some;
        QTest::newRow("stock range")
            << u"filter[stock]=0,10"_s << between("stock", 0, 10) << Expect::Anything;
        QTest::newRow("name and price")
            << u"filter[name]=%1&filter[price]=%2,%3"_s.arg(encoded(name), number(low),
                                                            number(high))
            << ItemPredicate([name, low, high](const QJsonObject &p) {
                   return containsText(p[u"name"], name) && p[u"price"].toDouble() >= low &&
                          p[u"price"].toDouble() <= high;
               })
            << Expect::Anything;
        QTest::newRow("percent sign is literal")
            << u"filter[name]=%25"_s << containing("name", u"%"_s) << Expect::Anything;
    }

    void productFilters()
    {
        QFETCH(QString, query);
        QFETCH(ItemPredicate, predicate);
        QFETCH(Expect, expect);
        verifyFilter(u"/manager/products?per_page=40&"_s + query, m_products, u"id_product"_s,
                     predicate, expect);
    }

    // ------------------------------------------------------------ brand tags

    void brandTagShape()
    {
        for (const QJsonValue &tag : std::as_const(m_brandTags)) {
            // members is ONE ambassador object (quirk 16).
            QVERIFY(tag[u"members"].isObject());
            const QString mismatch = ambassadorMismatch(tag[u"members"].toObject());
            QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
            QVERIFY(tag[u"names"].toArray().size() >= 1);
            QVERIFY(tag[u"images"].toArray().size() >= 1);
            QVERIFY(!tag[u"name"].toString().isEmpty());
            const qint64 visibility = tag[u"visibility_chat"].toInteger();
            QVERIFY(visibility == 1 || visibility == 2);
        }
        QCOMPARE(idsOf(m_brandTags, u"id_brand_tag"_s), QList<qint64>({1, 2, 3, 4, 5, 6, 7, 8}));
    }

    void brandTagSorts_data()
    {
        addSortColumns();
        for (const char *sort :
             {"id_brand_tag", "-id_brand_tag", "visibility_chat", "-visibility_chat"})
            QTest::newRow(sort) << QString::fromLatin1(sort)
                                << QString::fromLatin1(sort).remove(u'-') << true;
    }

    void brandTagSorts() { verifySort(u"/manager/brand-tags"_s, u"id_brand_tag"_s); }

    void brandTagFilters_data()
    {
        addFilterColumns();
        for (int visibility = 1; visibility <= 2; ++visibility) {
            QTest::addRow("visibility %d", visibility)
                << u"filter[visibility_chat]=%1"_s.arg(visibility)
                << ItemPredicate([visibility](const QJsonObject &tag) {
                       return tag[u"visibility_chat"].toInteger() == visibility;
                   })
                << Expect::Anything;
        }
    }

    void brandTagFilters()
    {
        QFETCH(QString, query);
        QFETCH(ItemPredicate, predicate);
        QFETCH(Expect, expect);
        verifyFilter(u"/manager/brand-tags?per_page=3&"_s + query, m_brandTags, u"id_brand_tag"_s,
                     predicate, expect);
    }

    // ------------------------------------------------------------ chat topics

    void chatTopicsByPositionByDefault()
    {
        const QString mismatch =
            orderMismatch(m_chatTopics, u"position"_s, u"id_chat_topic"_s, false, true);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        for (const QJsonValue &topic : std::as_const(m_chatTopics)) {
            QCOMPARE(topic[u"contents"].toArray().size(), 4);
            for (const QJsonValue &content : topic[u"contents"].toArray()) {
                QVERIFY(!content[u"lang"].toString().isEmpty());
                QVERIFY(content[u"content"].isString());
            }
            QVERIFY(topic[u"active"].isBool());
            QVERIFY(topic[u"roles"].isArray());
        }
    }

    void oneChatTopic()
    {
        const QJsonObject listed = m_chatTopics.at(2).toObject();
        const HttpResult r =
            get(u"/manager/chat-topics/%1"_s.arg(listed[u"id_chat_topic"].toInteger()));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object(), listed);
    }

    void chatTopicSorts_data()
    {
        addSortColumns();
        for (const char *sort : {"id_chat_topic", "-id_chat_topic", "position", "-position"})
            QTest::newRow(sort) << QString::fromLatin1(sort)
                                << QString::fromLatin1(sort).remove(u'-') << true;
    }

    void chatTopicSorts() { verifySort(u"/manager/chat-topics"_s, u"id_chat_topic"_s); }

    void chatTopicFilters_data()
    {
        addFilterColumns();
        const auto mentioning = [](const QString &term) {
            return ItemPredicate([term](const QJsonObject &topic) {
                for (const QJsonValue &content : topic[u"contents"].toArray()) {
                    if (containsText(content[u"content"], term))
                        return true;
                }
                return false;
            });
        };
        const auto active = [](bool value) {
            return ItemPredicate(
                [value](const QJsonObject &topic) { return topic[u"active"].toBool() == value; });
        };
        const QString french =
            middlePiece(m_chatTopics.first()[u"contents"][1][u"content"].toString());
        QTest::newRow("search, other case")
            << u"filter[chat_topic_search]="_s +
                   QString::fromLatin1(QUrl::toPercentEncoding(french))
            << mentioning(french) << Expect::Some;
        // The JSON around the texts is not searched.
        QTest::newRow("search for a JSON key")
            << u"filter[chat_topic_search]=lang"_s << mentioning(u"lang"_s) << Expect::Anything;
        QTest::newRow("active") << u"filter[active]=true"_s << active(true) << Expect::Anything;
        QTest::newRow("inactive") << u"filter[active]=0"_s << active(false) << Expect::Anything;
    }

    void chatTopicFilters()
    {
        QFETCH(QString, query);
        QFETCH(ItemPredicate, predicate);
        QFETCH(Expect, expect);
        verifyFilter(u"/manager/chat-topics?per_page=2&"_s + query, m_chatTopics,
                     u"id_chat_topic"_s, predicate, expect);
    }

    // ------------------------------------------------------------ demo images

    void imagesAreServedWithoutAToken_data()
    {
        QTest::addColumn<QString>("url");
        for (qsizetype i = 0; i < 3; ++i) {
            const QJsonValue product = m_products.at(i);
            QTest::addRow("product %lld", product[u"id_product"].toInteger())
                << product[u"images"][0][u"content"].toString();
        }
        QTest::newRow("ambassador") << m_ambassadors.first()[u"image"].toString();
        QTest::newRow("brand tag") << m_brandTags.first()[u"image"].toString();
    }

    void imagesAreServedWithoutAToken()
    {
        QFETCH(QString, url);
        QVERIFY(url.startsWith(u"http://"_s));
        const HttpResult r = m_sandbox.get(url, withoutHeaders());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("content-type"), QByteArray("image/svg+xml"));
        const QByteArray svg = r.body.trimmed();
        QVERIFY2(svg.startsWith("<svg") || svg.startsWith("<?xml"), svg.constData());
        QVERIFY(svg.contains("<svg") && svg.endsWith("</svg>"));
        // Qt's SVG renderer (the console's) paints CSS colours such as hsl() black: every
        // fill must be a hex colour.
        static const QRegularExpression fill(u"fill=\"([^\"]*)\""_s);
        int fills = 0;
        for (const QRegularExpressionMatch &match : fill.globalMatch(QString::fromUtf8(svg))) {
            ++fills;
            QVERIFY2(match.captured(1).startsWith(u'#'), qPrintable(match.captured(0)));
        }
        QVERIFY(fills > 0);
    }

    void unknownImagesAre404_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *path :
             {"/media/products/999999.svg", "/media/ambassadors/999999.svg",
              "/media/products/abc.svg", "/media/products/1.png", "/media/unknown/1.svg"}) {
            QTest::newRow(path) << QString::fromLatin1(path);
        }
    }

    void unknownImagesAre404()
    {
        QFETCH(QString, path);
        const QUrl base(m_sandbox.baseUrl());
        const QString url = base.scheme() + u"://" + base.authority() + path;
        QCOMPARE(m_sandbox.get(url, withoutHeaders()).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestSandboxManager)
#include "tst_sandbox_manager.moc"
