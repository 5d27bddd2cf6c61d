#include "sandbox/demodata.h"

#include "sandbox/database.h"
#include "sandbox/demorandom.h"
#include "sandbox/demovocabulary.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <span>
#include <vector>

namespace popsell::sandbox {

namespace {

using namespace demo;

// ------------------------------------------------------------------ constants

constexpr qint64 kSecond = 1'000'000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

constexpr qint64 kBrandId = 3;
constexpr int kAmbassadorCount = 64;
constexpr int kFirstExternal = 57; // ids 57..64 are clients (7) and temps (8)
constexpr int kProductCount = 320;
// Chatroom 1 gets this many messages when the total allows: enough for every
// message type and for both of its members to have spoken many times.
constexpr int kShowcaseMessages = 30;

enum MessageType : quint8
{
    Text = 0,
    Picture = 1,
    Rating = 2,
    ProductCard = 3,
    Connection = 4,
    Request = 5,
    Unavailable = 6,
    Video = 7,
    Email = 8,
    Missed = 9,
};

// Chatroom 1 shows every message type at these positions (odd ones, text in between).
constexpr std::array<MessageType, 9> kShowcaseTypes = {
    Picture, ProductCard, Video, Rating, Email, Missed, Unavailable, Request, Connection};
constexpr int kShowcaseFirstPosition = 3;

// YouTube video ids are 11 characters of this URL-safe base64 alphabet.
constexpr char kYoutubeAlphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}
QVariant nullInteger()
{
    return QVariant(QMetaType::fromType<qint64>());
}
QVariant textOrNull(const QString &text)
{
    return text.isNull() ? nullText() : QVariant(text);
}

// ------------------------------------------------------------------ plans

struct AmbassadorPlan
{
    int id = 0;
    Lang lang = Lang::French;
    QString firstname;
    QString lastname;
    QString username;
    QString email;
    QString emailTmp;
    QString customerId;
    QString gender;
    int status = 0;
    int active = 1;
    int pickWeight = 1;
    bool online = false;
    bool anonymized = false;
    qint64 dateInsert = 0;
    qint64 lastAuthored = 0;

    bool isExternal() const { return status >= 7; }
};

struct RoomPlan
{
    int typeChatroom = 0;
    int idBrandTag = 0; // 0: none
    int source = 0;
    int typeDiscussion = 0;
    Lang lang = Lang::French;
    std::vector<int> members; // ambassador ids; members[0] opens the conversation
    bool answered = true;
    qint64 dateInsert = 0;
    qint64 activityEnd = 0;
    int messageCount = 0;
};

// One message before ids are assigned; sorted by date across all rooms so that ids
// grow with time, as on the real platform.
struct MessageSeed
{
    qint64 date = 0;
    int room = 0; // index into the room plans
    int indexInRoom = 0;
    int author = 0;
    MessageType type = Text;
    bool active = true;
};

struct RoomState
{
    qint64 lastId = 0;
    qint64 previousId = 0;
    qint64 lastDate = 0;
    int lastAuthor = 0;
    qint64 establishedDialogue = 0;
    bool rated = false;
    QVariant ratingValue;
    QVariant ratingComment;
};

struct ProductPlan
{
    QString name;
    QString youtubeId;
};

// ------------------------------------------------------------------ the generator

class DemoDataWriter
{
public:
    DemoDataWriter(Database &db, const DemoDataOptions &options)
        : m_db(db)
        , m_options(options)
        , m_random(options.seed)
    {
        const qint64 now =
            options.nowMicros > 0 ? options.nowMicros : QDateTime::currentMSecsSinceEpoch() * 1000;
        m_now = now;
        // The timeline stops a few minutes before now: nothing looks "online" by accident.
        m_end = now - 6 * kMinute;
        m_start = m_end - 90 * kDay;
    }

    bool run(QString *error);

private:
    QSqlQuery prepare(const QString &sql);
    void exec(QSqlQuery &query);
    bool failed() const { return !m_error.isEmpty(); }
    void foldWriteAheadLog();

    void planAmbassadors();
    void writeBrand();
    void writeProducts();
    void writeBrandTags();
    void writeChatTopics();
    void planRooms();
    void planOneToOne(RoomPlan &room, int kind, bool withFirstAmbassador);
    int pickInternal(int except);
    int pickExternal(int except);
    void distributeMessages();
    void planTimelines(std::vector<MessageSeed> &seeds);
    MessageType pickType(int roomIndex, int indexInRoom);
    void writeMessages(const std::vector<MessageSeed> &seeds);
    QString textContent(const MessageSeed &seed, const RoomState &state, Lang lang);
    void writeChatrooms();
    void writeAmbassadors();

    const AmbassadorPlan &ambassador(int id) const { return m_ambassadors[size_t(id - 1)]; }
    AmbassadorPlan &ambassador(int id) { return m_ambassadors[size_t(id - 1)]; }
    QString randomProductName() { return m_products[size_t(m_random.below(kProductCount))].name; }
    QString otherFirstName(const RoomPlan &room, int author);

    Database &m_db;
    DemoDataOptions m_options;
    Random m_random;
    qint64 m_now = 0;
    qint64 m_start = 0;
    qint64 m_end = 0;
    QString m_error;

    std::vector<AmbassadorPlan> m_ambassadors;
    std::vector<int> m_internalPicks; // ambassador ids repeated by weight
    std::vector<ProductPlan> m_products;
    std::array<std::vector<int>, kBrandTagCount> m_tagMembers;
    std::vector<RoomPlan> m_rooms;
    std::vector<RoomState> m_states;
    QSet<quint32> m_pairs;
};

QSqlQuery DemoDataWriter::prepare(const QString &sql)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql) && m_error.isEmpty())
        m_error = query.lastError().text() + u" in: " + sql;
    return query;
}

void DemoDataWriter::exec(QSqlQuery &query)
{
    if (!query.exec() && m_error.isEmpty())
        m_error = query.lastError().text() + u" in: " + query.lastQuery();
}

bool DemoDataWriter::run(QString *error)
{
    if (m_options.rooms < 1 || m_options.messages < 0) {
        *error =
            QStringLiteral("demo data needs at least one chatroom and no negative message count");
        return false;
    }
    // A larger page cache keeps the message indexes in memory during the bulk insert.
    m_db.run(QStringLiteral("PRAGMA cache_size = -131072"));
    if (!m_db.begin()) {
        *error = m_db.connection().lastError().text();
        return false;
    }
    planAmbassadors();
    writeBrand();
    writeProducts();
    writeBrandTags();
    writeChatTopics();
    planRooms();
    distributeMessages();
    {
        std::vector<MessageSeed> seeds;
        planTimelines(seeds);
        writeMessages(seeds);
    }
    writeChatrooms();
    writeAmbassadors();
    if (failed() || m_db.failed() || !m_db.commit()) {
        *error = failed() ? m_error : m_db.lastError();
        m_db.rollback();
        return false;
    }
    foldWriteAheadLog();
    m_db.run(QStringLiteral("PRAGMA cache_size = -2000"));
    return true;
}

void DemoDataWriter::foldWriteAheadLog()
{
    // The whole data set went through the -wal file in one transaction (about 150 MB for a
    // million messages). SQLite copies it into the data file on its own but then only
    // rewinds the -wal file, which keeps its largest size for as long as the server runs;
    // a TRUNCATE checkpoint also empties it. When it cannot complete, the cost is disk
    // space, not data, so the outcome is not an error.
    QSqlQuery checkpoint(m_db.connection());
    checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

// ------------------------------------------------------------------ ambassadors

void DemoDataWriter::planAmbassadors()
{
    m_ambassadors.resize(kAmbassadorCount);
    QSet<QString> usernames;
    for (int id = 1; id <= kAmbassadorCount; ++id) {
        AmbassadorPlan &a = ambassador(id);
        a.id = id;
        a.lang = kLangs[size_t(m_random.weighted({20, 45, 15, 20}))];
        const NamePools names = namePools(a.lang);
        const bool female = m_random.percent(72);
        a.firstname = m_random.pick(female ? names.female : names.male).toString();
        a.lastname = m_random.pick(names.last).toString();
        if (!m_random.percent(15))
            a.gender = female ? QStringLiteral("female") : QStringLiteral("male");

        if (id <= 2) {
            a.status = 0;
        } else if (id >= kFirstExternal) {
            // Both kinds of external accounts always exist.
            a.status = id == kFirstExternal     ? 7
                       : id == kAmbassadorCount ? 8
                                                : 7 + int(m_random.below(2));
        } else if (id <= 8) {
            a.status = id - 2; // ids 3..8: one of each staff status 1..6
        } else {
            static constexpr int kStatuses[] = {0, 3, 1, 6, 4, 5, 2};
            a.status = kStatuses[m_random.weighted({70, 10, 6, 6, 3, 3, 2})];
        }
        static constexpr int kActives[] = {1, 0, -1, -2, -3};
        // Ids 52..56 cover every "active" value; 1 and 2 must stay usable.
        if (id <= 2)
            a.active = 1;
        else if (id >= 52 && id <= 56)
            a.active = kActives[size_t(id - 52)];
        else
            a.active = kActives[m_random.weighted({88, 5, 3, 2, 2})];
        a.anonymized = id == 56; // an unsubscribed-by-brand account, anonymised
        if (a.anonymized) {
            a.firstname = QStringLiteral("Utilisateur");
            a.lastname = QStringLiteral("anonymisé");
            a.gender.clear();
        }

        QString base = asciiFold(a.firstname, u'-') + u'.' + asciiFold(a.lastname, u'-');
        if (m_random.percent(30))
            base = asciiFold(a.firstname, u'-') + QString::number(m_random.between(10, 99));
        if (a.anonymized)
            base = QStringLiteral("anonymized-%1").arg(id);
        QString username = base;
        for (int n = 2; usernames.contains(username); ++n)
            username = base + QString::number(n);
        usernames.insert(username);
        a.username = username;

        const bool staff = a.status == 1 || a.status == 2 || a.status == 4 || a.status == 5;
        a.email = username + u'@' +
                  (staff ? QStringLiteral("maison-lumiere.example")
                         : m_random.pick(emailDomains()).toString());
        if (a.isExternal() || m_random.percent(10))
            a.emailTmp = QStringLiteral("guest-%1@checkout.maison-lumiere.example")
                             .arg(m_random.between(100000, 999999));
        if (a.isExternal() || m_random.percent(50))
            a.customerId = QStringLiteral("CUS-%1").arg(m_random.between(100000, 999999));
        a.pickWeight = a.active == 1 ? int(m_random.between(2, 12)) : 1;
        a.online = id == 1 || m_random.percent(15);
        a.dateInsert = m_start - kDay - m_random.below(400 * kDay);
        if (!a.isExternal()) {
            for (int w = 0; w < a.pickWeight; ++w)
                m_internalPicks.push_back(id);
        }
    }
}

void DemoDataWriter::writeAmbassadors()
{
    QSqlQuery insert = prepare(QStringLiteral(
        "INSERT INTO ambassadors (id_ambassador, id_brand, firstname, lastname, username, email,"
        " email_tmp, customer_id, gender, active, status, last_action_date, date_insert, "
        "anonymized,"
        " social_community_display, gamification_score, sell_token_amount, nb_sales, nb_chat_sales,"
        " nb_purchases, nb_diffused_publications, suspicious, suspicious_date, ignore_suspicious,"
        " suspicious_quarantine, sponsor, role)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const AmbassadorPlan &a : m_ambassadors) {
        if (failed())
            return;
        qint64 lastAction = 0;
        if (a.online) {
            lastAction = m_now - m_random.between(5, 100) * kSecond;
        } else {
            const qint64 base = std::max(a.lastAuthored, a.dateInsert);
            lastAction = std::min(m_end, base + m_random.below(3 * kHour));
        }
        const bool external = a.isExternal();
        const qint64 sales = external ? 0 : m_random.below(120);
        const bool suspicious = !external && m_random.percent(6);
        int column = 0;
        const auto bind = [&](const QVariant &value) {
            insert.bindValue(column++, value);
        };
        bind(a.id);
        bind(kBrandId);
        bind(a.firstname);
        bind(a.lastname);
        bind(a.username);
        bind(a.anonymized ? QStringLiteral("%1@anonymized.example").arg(a.username) : a.email);
        bind(textOrNull(a.emailTmp));
        bind(textOrNull(a.customerId));
        bind(textOrNull(a.gender));
        bind(a.active);
        bind(a.status);
        bind(lastAction);
        bind(a.dateInsert);
        bind(a.anonymized ? 1 : 0);
        bind(m_random.percent(90) ? 1 : 0);
        bind(external ? 0 : m_random.below(5000));
        bind(external ? 0 : m_random.below(300));
        bind(sales);
        bind(sales == 0 ? 0 : m_random.below(sales + 1));
        bind(m_random.below(external ? 6 : 40));
        bind(external ? 0 : m_random.below(60));
        bind(suspicious ? 1 : 0);
        bind(suspicious ? QVariant(m_end - m_random.below(30 * kDay)) : nullInteger());
        bind(suspicious && m_random.percent(40) ? 1 : 0);
        bind(suspicious && m_random.percent(30) ? 1 : 0);
        bind(!external && a.id > 2 && m_random.percent(30) ? QVariant(m_random.between(1, 2))
                                                           : nullInteger());
        bind(textOrNull(roleOfStatus(a.status)));
        exec(insert);
    }
}

// ------------------------------------------------------------------ brand, catalogue, tags, topics

void DemoDataWriter::writeBrand()
{
    QSqlQuery insert = prepare(QStringLiteral("INSERT INTO brands (id_brand, label, domain, "
                                              "default_language, timezone, program_label, url)"
                                              " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.bindValue(0, kBrandId);
    insert.bindValue(1, QStringLiteral("Maison Lumière"));
    insert.bindValue(2, m_options.domain);
    insert.bindValue(3, QStringLiteral("fr_FR"));
    insert.bindValue(4, QStringLiteral("Europe/Paris"));
    insert.bindValue(5, QStringLiteral("Cercle Lumière"));
    insert.bindValue(6, QStringLiteral("https://www.maison-lumiere.example"));
    exec(insert);
}

void DemoDataWriter::writeProducts()
{
    // Every (family item, collection) pair once, in a seeded order: distinct names.
    const std::span<const ProductFamily> families = productFamilies();
    const Phrases collections = productCollections();
    std::vector<std::pair<int, int>> combinations; // (family * 100 + item, collection)
    for (size_t f = 0; f < families.size(); ++f) {
        for (size_t i = 0; i < families[f].items.size(); ++i) {
            for (size_t c = 0; c < collections.size(); ++c)
                combinations.emplace_back(int(f * 100 + i), int(c));
        }
    }
    m_random.shuffle(combinations);

    QSqlQuery insert = prepare(QStringLiteral(
        "INSERT INTO products (id_product, id_brand, name, type, sku, description, url, youtube_id,"
        " price, price_catalog, reference_unit_price, discount_percentage, stock, stock_available)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    static constexpr int kVolumes[] = {30, 50, 75, 100, 150, 200, 250};
    static constexpr int kDiscounts[] = {0, 10, 15, 20, 25, 30, 40};
    for (int id = 1; id <= kProductCount && !failed(); ++id) {
        const auto [familyItem, collection] = combinations[size_t(id - 1)];
        const ProductFamily &family = families[size_t(familyItem / 100)];
        const QString item = family.items[size_t(familyItem % 100)].toString();
        const QString collectionName = collections[size_t(collection)].toString();
        ProductPlan product;
        product.name = item + u' ' + collectionName;

        // Prices in whole cents so that the stored doubles are the same everywhere.
        const qint64 catalogCents =
            (m_random.between(family.minCents, family.maxCents) / 100) * 100 + 90;
        const int discount = kDiscounts[m_random.weighted({70, 8, 6, 7, 4, 3, 2})];
        const qint64 priceCents = catalogCents * (100 - discount) / 100;
        const int volume = kVolumes[m_random.below(qint64(std::size(kVolumes)))];
        const qint64 unitCents = family.code == u"AC" ? catalogCents : catalogCents * 1000 / volume;
        const qint64 stock = m_random.percent(8) ? 0 : m_random.between(1, 800);
        const qint64 available = stock - m_random.below(stock / 5 + 1);

        if (m_random.percent(15)) {
            for (int c = 0; c < 11; ++c)
                product.youtubeId += QLatin1Char(kYoutubeAlphabet[m_random.below(64)]);
        }
        const QString sku = m_random.percent(8)
                                ? QString()
                                : QStringLiteral("ML-%1-%2")
                                      .arg(family.code)
                                      .arg(10000 + id * 37, 5, 10, QLatin1Char('0'));
        const QString description = m_random.percent(10)
                                        ? QString()
                                        : QStringLiteral("%1 de la collection %2 : %3.")
                                              .arg(item, collectionName, family.benefit);
        const QString url = QStringLiteral("https://www.maison-lumiere.example/fr/produits/%1-%2")
                                .arg(asciiFold(product.name, u'-'))
                                .arg(id);

        insert.bindValue(0, id);
        insert.bindValue(1, kBrandId);
        insert.bindValue(2, product.name);
        insert.bindValue(3, family.type.toString());
        insert.bindValue(4, textOrNull(sku));
        insert.bindValue(5, textOrNull(description));
        insert.bindValue(6, url);
        insert.bindValue(7, textOrNull(product.youtubeId));
        insert.bindValue(8, double(priceCents) / 100.0);
        insert.bindValue(9, double(catalogCents) / 100.0);
        insert.bindValue(10, double(unitCents) / 100.0);
        insert.bindValue(11, double(discount));
        insert.bindValue(12, double(stock));
        insert.bindValue(13, double(available));
        exec(insert);
        m_products.push_back(product);
    }
}

void DemoDataWriter::writeBrandTags()
{
    QSqlQuery tag = prepare(QStringLiteral("INSERT INTO brand_tags (id_brand_tag, id_brand, "
                                           "visibility_chat, name) VALUES (?, ?, ?, ?)"));
    QSqlQuery member = prepare(QStringLiteral(
        "INSERT INTO brand_tag_members (id_brand_tag, id_ambassador) VALUES (?, ?)"));
    for (int id = 1; id <= kBrandTagCount && !failed(); ++id) {
        tag.bindValue(0, id);
        tag.bindValue(1, kBrandId);
        tag.bindValue(2, m_random.percent(60) ? 1 : 2);
        tag.bindValue(3, brandTagNames()[size_t(id - 1)].toString());
        exec(tag);

        std::vector<int> &members = m_tagMembers[size_t(id - 1)];
        const int size = int(m_random.between(3, 10));
        // Ambassador 1 (the ambassador key) belongs to two tags; the last tag gathers
        // loyal clients.
        if (id == 1 || id == 3)
            members.push_back(1);
        if (id == kBrandTagCount) {
            for (int e = 0; e < 3; ++e) {
                const int external = pickExternal(0);
                if (std::find(members.begin(), members.end(), external) == members.end())
                    members.push_back(external);
            }
        }
        for (int guard = 0; int(members.size()) < size && guard < 100; ++guard) {
            const int candidate = pickInternal(0);
            if (std::find(members.begin(), members.end(), candidate) == members.end())
                members.push_back(candidate);
        }
        std::sort(members.begin(), members.end());
        for (int ambassadorId : members) {
            member.bindValue(0, id);
            member.bindValue(1, ambassadorId);
            exec(member);
        }
    }
}

void DemoDataWriter::writeChatTopics()
{
    static constexpr QStringView kRoles[][3] = {
        {u"administrator", u"seller", {}},        {u"seller", {}, {}},
        {u"administrator", u"seller", u"expert"}, {u"expert", {}, {}},
        {u"seller", u"shop_manager", {}},         {u"shop_manager", {}, {}}};
    QSqlQuery insert =
        prepare(QStringLiteral("INSERT INTO chat_topics (id_chat_topic, id_brand, color, position, "
                               "active, roles, contents,"
                               " date_insert, date_update) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int id = 1; id <= kChatTopicCount && !failed(); ++id) {
        const ChatTopicText &topic = chatTopicTexts()[size_t(id - 1)];
        QJsonArray contents;
        for (size_t l = 0; l < kLangs.size(); ++l) {
            contents.append(QJsonObject{{QStringLiteral("id_i18n_content"), id * 10 + int(l) + 1},
                                        {QStringLiteral("lang"), langCode(kLangs[l])},
                                        {QStringLiteral("content"), topic.names[l].toString()}});
        }
        QJsonArray roles;
        for (QStringView role : kRoles[id - 1]) {
            if (!role.isEmpty())
                roles.append(role.toString());
        }
        const qint64 created = m_start - m_random.between(30, 300) * kDay;
        insert.bindValue(0, id);
        insert.bindValue(1, kBrandId);
        insert.bindValue(2, topic.color.toString());
        insert.bindValue(3, id);
        insert.bindValue(4, id == kChatTopicCount ? 0 : 1); // one retired topic
        insert.bindValue(5, QString::fromUtf8(QJsonDocument(roles).toJson(QJsonDocument::Compact)));
        insert.bindValue(6,
                         QString::fromUtf8(QJsonDocument(contents).toJson(QJsonDocument::Compact)));
        insert.bindValue(7, created);
        insert.bindValue(8, created + m_random.below(20 * kDay));
        exec(insert);
    }
}

// ------------------------------------------------------------------ chatrooms

int DemoDataWriter::pickInternal(int except)
{
    for (;;) {
        const int id = m_internalPicks[size_t(m_random.below(qint64(m_internalPicks.size())))];
        if (id != except)
            return id;
    }
}

int DemoDataWriter::pickExternal(int except)
{
    for (;;) {
        const int id = int(m_random.between(kFirstExternal, kAmbassadorCount));
        if (id != except)
            return id;
    }
}

// kind: 0 two brand members, 1 two external accounts, 2 a member and an external account
// (the type_discussion values).
void DemoDataWriter::planOneToOne(RoomPlan &room, int kind, bool withFirstAmbassador)
{
    int first = 0;
    int second = 0;
    // A few attempts at a pair that has no room yet; the platform keeps one room per
    // pair, but large demo sizes need more rooms than there are pairs.
    for (int attempt = 0; attempt < 8; ++attempt) {
        if (kind == 1) {
            first = pickExternal(0);
            second = pickExternal(first);
        } else if (kind == 2) {
            first = withFirstAmbassador ? 1 : pickInternal(0);
            second = pickExternal(0);
        } else {
            first = withFirstAmbassador ? 1 : pickInternal(0);
            second = pickInternal(first);
        }
        const quint32 pair =
            quint32(std::min(first, second)) << 16 | quint32(std::max(first, second));
        if (!m_pairs.contains(pair)) {
            m_pairs.insert(pair);
            break;
        }
    }
    // Clients usually open the conversation with a member.
    if (kind == 2 ? m_random.percent(70) : m_random.percent(50))
        std::swap(first, second);
    room.typeChatroom = 0;
    room.typeDiscussion = kind;
    room.members = {first, second};
    room.lang = ambassador(first).lang;
    room.answered = m_random.percent(88);
}

void DemoDataWriter::planRooms()
{
    const int count = m_options.rooms;
    m_rooms.resize(size_t(count));

    // About one room in ten is a brand-tag room (never room 1).
    std::vector<int> candidates;
    for (int i = 1; i < count; ++i)
        candidates.push_back(i);
    m_random.shuffle(candidates);
    const size_t tagRooms = count >= 3 ? size_t(std::max(1, count / 10)) : 0;
    std::vector<bool> isTagRoom(static_cast<size_t>(count), false);
    for (size_t i = 0; i < tagRooms; ++i)
        isTagRoom[size_t(candidates[i])] = true;

    // Creation dates grow with the id, as on the platform.
    std::vector<qint64> created(static_cast<size_t>(count));
    for (qint64 &date : created)
        date = m_start + m_random.below(90 * kDay - 2 * kHour);
    std::sort(created.begin(), created.end());

    int oneToOneSeen = 0;
    bool firstTagRoom = true;
    for (int i = 0; i < count; ++i) {
        RoomPlan &room = m_rooms[size_t(i)];
        room.dateInsert = created[size_t(i)];
        room.source = m_random.weighted({70, 18, 12});
        if (i == 0) {
            room.typeChatroom = 0;
            room.typeDiscussion = 0;
            room.source = 0;
            room.members = {2, 1};
            room.lang = Lang::French;
            m_pairs.insert(1u << 16 | 2u);
        } else if (isTagRoom[size_t(i)]) {
            const int tag = firstTagRoom ? 1 : int(m_random.between(1, kBrandTagCount));
            firstTagRoom = false;
            room.typeChatroom = 7;
            room.idBrandTag = tag;
            room.members = m_tagMembers[size_t(tag - 1)];
            int externals = 0;
            for (int id : room.members)
                externals += ambassador(id).isExternal() ? 1 : 0;
            room.typeDiscussion = externals == 0                          ? 0
                                  : externals == int(room.members.size()) ? 1
                                                                          : 2;
            // The host speaks first.
            std::swap(room.members[0],
                      room.members[size_t(m_random.below(qint64(room.members.size())))]);
            room.lang = m_random.percent(70) ? Lang::French : kLangs[size_t(m_random.below(4))];
            room.source = 0;
        } else {
            // The first one-to-one rooms cover every source and discussion type, with
            // ambassador 1 in several of them; the rest is drawn at random.
            switch (oneToOneSeen++) {
            case 0:
                planOneToOne(room, 0, true);
                room.source = 1;
                break;
            case 1:
                planOneToOne(room, 0, true);
                room.source = 2;
                break;
            case 2:
                planOneToOne(room, 1, false);
                break;
            case 3:
                planOneToOne(room, 2, true);
                break;
            case 4:
                planOneToOne(room, 0, true);
                break;
            default:
                planOneToOne(room, m_random.weighted({55, 7, 38}), m_random.percent(3));
                break;
            }
        }
    }
}

void DemoDataWriter::distributeMessages()
{
    const qint64 total = m_options.messages;
    const qint64 rooms = qint64(m_rooms.size());
    if (total < rooms) {
        for (qint64 i = 0; i < total; ++i)
            m_rooms[size_t(i)].messageCount = 1;
        return;
    }
    for (RoomPlan &room : m_rooms)
        room.messageCount = 1;
    qint64 extra = total - rooms;
    const qint64 showcase = std::min<qint64>(kShowcaseMessages - 1, extra);
    m_rooms[0].messageCount += int(showcase);
    extra -= showcase;
    if (rooms == 1) {
        m_rooms[0].messageCount += int(extra);
        return;
    }
    // Skewed weights: most rooms are quiet, a few are busy.
    std::vector<qint64> weights(size_t(rooms), 0);
    qint64 sum = 0;
    for (qint64 i = 1; i < rooms; ++i) {
        const qint64 u = m_random.below(1000);
        weights[size_t(i)] = 20 + u * u * u / 1'000'000;
        sum += weights[size_t(i)];
    }
    qint64 given = 0;
    for (qint64 i = 1; i < rooms; ++i) {
        const qint64 share = extra * weights[size_t(i)] / sum;
        m_rooms[size_t(i)].messageCount += int(share);
        given += share;
    }
    for (qint64 i = 1; given < extra; i = i % (rooms - 1) + 1, ++given)
        ++m_rooms[size_t(i)].messageCount;
}

MessageType DemoDataWriter::pickType(int roomIndex, int indexInRoom)
{
    if (roomIndex == 0) {
        const int slot = indexInRoom - kShowcaseFirstPosition;
        if (slot >= 0 && slot % 2 == 0 && slot / 2 < int(kShowcaseTypes.size()))
            return kShowcaseTypes[size_t(slot / 2)];
        return Text;
    }
    if (indexInRoom == 0) {
        static constexpr MessageType kOpening[] = {Text, Request, Connection, ProductCard};
        return kOpening[m_random.weighted({80, 8, 7, 5})];
    }
    static constexpr MessageType kTypes[] = {Text,    Picture,     Rating, ProductCard, Connection,
                                             Request, Unavailable, Video,  Email,       Missed};
    return kTypes[m_random.weighted({720, 60, 25, 80, 10, 10, 20, 25, 25, 25})];
}

void DemoDataWriter::planTimelines(std::vector<MessageSeed> &seeds)
{
    seeds.reserve(size_t(m_options.messages));
    std::vector<qint64> offsets; // seconds after the room's first message
    for (int r = 0; r < int(m_rooms.size()); ++r) {
        RoomPlan &room = m_rooms[size_t(r)];
        // Room 1 and a third of the others were active recently: the inbox looks alive.
        if (r == 0)
            room.activityEnd = m_end - m_random.below(20 * kMinute);
        else if (m_random.percent(33))
            room.activityEnd =
                std::max(room.dateInsert + 10 * kMinute, m_end - m_random.below(2 * kDay));
        else
            room.activityEnd = room.dateInsert + 10 * kMinute +
                               m_random.below(m_end - room.dateInsert - 10 * kMinute);
        if (room.messageCount == 0)
            continue;

        const qint64 first = room.dateInsert + m_random.between(5, 600) * kSecond;
        offsets.assign(1, 0);
        for (int i = 1; i < room.messageCount; ++i) {
            const int pace = m_random.weighted({70, 20, 10});
            const qint64 gap = pace == 0   ? m_random.between(15, 900)
                               : pace == 1 ? m_random.between(1800, 8 * 3600)
                                           : m_random.between(86400, 5 * 86400);
            offsets.push_back(offsets.back() + gap);
        }
        // Squeeze the natural pace into the room's window when it would overrun it; when
        // it is shorter, the conversation pauses once and resumes so that the last message
        // lands at the end of the window (recent rooms stay recent).
        const qint64 window = std::max<qint64>(0, (room.activityEnd - first) / kSecond - 1);
        const qint64 natural = offsets.back();
        if (natural < window && room.messageCount > 1) {
            const size_t resume = size_t(m_random.between(1, room.messageCount - 1));
            for (size_t i = resume; i < offsets.size(); ++i)
                offsets[i] += window - natural;
        }
        qint64 previous = 0;
        int author = 0;
        for (int i = 0; i < room.messageCount; ++i) {
            const qint64 offset =
                natural > window ? offsets[size_t(i)] * window / natural : offsets[size_t(i)];
            const qint64 date =
                std::max(previous + 1, first + offset * kSecond + m_random.below(kSecond));
            previous = date;

            if (room.typeChatroom == 7) {
                author = i == 0 || m_random.percent(40)
                             ? 0
                             : int(m_random.below(qint64(room.members.size())));
            } else if (r == 0) {
                author = i % 2;
            } else if (i > 0 && room.answered && m_random.percent(60)) {
                author = 1 - author;
            }
            MessageSeed seed;
            seed.date = date;
            seed.room = r;
            seed.indexInRoom = i;
            seed.author = room.members[size_t(author)];
            seed.type = pickType(r, i);
            seed.active = r == 0 && i < 12 ? true : !m_random.percent(3);
            seeds.push_back(seed);
        }
    }
    std::sort(seeds.begin(), seeds.end(), [](const MessageSeed &a, const MessageSeed &b) {
        if (a.date != b.date)
            return a.date < b.date;
        if (a.room != b.room)
            return a.room < b.room;
        return a.indexInRoom < b.indexInRoom;
    });
}

QString DemoDataWriter::otherFirstName(const RoomPlan &room, int author)
{
    if (room.members.size() == 2)
        return ambassador(room.members[0] == author ? room.members[1] : room.members[0]).firstname;
    int other = author;
    while (other == author)
        other = room.members[size_t(m_random.below(qint64(room.members.size())))];
    return ambassador(other).firstname;
}

QString DemoDataWriter::textContent(const MessageSeed &seed, const RoomState &state, Lang lang)
{
    const RoomPlan &room = m_rooms[size_t(seed.room)];
    const Phrasebook book = phrasebook(lang);
    const bool last = seed.indexInRoom == room.messageCount - 1 && room.messageCount > 2;
    const bool authorChanged = seed.indexInRoom > 0 && state.lastAuthor != seed.author;
    Phrases pool = book.replies;
    if (seed.indexInRoom == 0)
        pool = book.greetings;
    else if (last && m_random.percent(60))
        pool = book.closings;
    else if (authorChanged)
        pool = m_random.percent(55) ? book.answers : book.replies;
    else
        pool = m_random.percent(60) ? book.questions : book.replies;
    return fill(m_random.pick(pool), randomProductName(), otherFirstName(room, seed.author));
}

void DemoDataWriter::writeMessages(const std::vector<MessageSeed> &seeds)
{
    QSqlQuery message =
        prepare(QStringLiteral("INSERT INTO messages (id_message, id_chatroom, id_author, "
                               "type_message, content, date_insert,"
                               " status_moderation, active) VALUES (?, ?, ?, ?, ?, ?, 0, ?)"));
    QSqlQuery link = prepare(
        QStringLiteral("INSERT INTO message_products (id_message, id_product) VALUES (?, ?)"));
    QSqlQuery rating = prepare(QStringLiteral(
        "INSERT INTO ratings (id_rating, id_message, id_chatroom, date_insert, date_update, "
        "date_delete,"
        " value, content, id_user_rater, id_user_rated) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)"));
    m_states.assign(m_rooms.size(), RoomState());
    qint64 ratingId = 0;
    qint64 id = 0;
    for (const MessageSeed &seed : seeds) {
        if (failed())
            return;
        ++id;
        const RoomPlan &room = m_rooms[size_t(seed.room)];
        RoomState &state = m_states[size_t(seed.room)];
        AmbassadorPlan &author = ambassador(seed.author);
        const EventLines events = eventLines(room.lang);
        QVariant content;
        switch (seed.type) {
        case Text:
            content = textContent(seed, state, room.lang);
            break;
        case Picture:
            content = QStringLiteral("https://media.maison-lumiere.example/chat/%1/IMG_%2.jpg")
                          .arg(seed.room + 1)
                          .arg(1000 + m_random.below(9000));
            break;
        case ProductCard:
            break; // the product's name, below
        case Rating:
            break; // the rating's comment, below
        case Connection:
            content = fill(events.connection, QString(), author.firstname);
            break;
        case Request:
            content = fill(events.request, randomProductName(), author.firstname);
            break;
        case Unavailable:
            content = events.unavailable.toString();
            break;
        case Video: {
            const ProductPlan &product = m_products[size_t(m_random.below(kProductCount))];
            content = QStringLiteral("https://www.youtube.com/watch?v=%1")
                          .arg(product.youtubeId.isEmpty() ? QStringLiteral("dQw4w9WgXcQ")
                                                           : product.youtubeId);
            break;
        }
        case Email:
            content = events.email.toString();
            break;
        case Missed:
            content = events.missedCall.toString();
            break;
        }

        if (seed.type == ProductCard) {
            int first = int(m_random.below(kProductCount)) + 1;
            int second = m_random.percent(25) ? int(m_random.below(kProductCount)) + 1 : 0;
            if (second == first)
                second = 0;
            // The content names the card listed first (products come in id order).
            if (second != 0 && second < first)
                std::swap(first, second);
            content = m_products[size_t(first - 1)].name;
            for (int product : {first, second}) {
                if (product == 0)
                    continue;
                link.bindValue(0, id);
                link.bindValue(1, product);
                exec(link);
            }
        }
        if (seed.type == Rating) {
            static constexpr int kValues[] = {5, 4, 3, 2, 1, 0};
            const bool scored = !m_random.percent(20);
            const QVariant value = scored
                                       ? QVariant(kValues[m_random.weighted({40, 25, 15, 8, 7, 5})])
                                       : nullInteger();
            const QVariant comment =
                m_random.percent(40)
                    ? nullText()
                    : QVariant(m_random.pick(phrasebook(room.lang).ratingComments).toString());
            int rated = room.members[0] == seed.author ? room.members[1] : room.members[0];
            rating.bindValue(0, ++ratingId);
            rating.bindValue(1, id);
            rating.bindValue(2, seed.room + 1);
            rating.bindValue(3, seed.date);
            rating.bindValue(4, std::min(m_end, seed.date + m_random.below(2 * kHour)));
            rating.bindValue(5, value);
            rating.bindValue(6, comment);
            rating.bindValue(7, seed.author);
            rating.bindValue(8, rated);
            exec(rating);
            content = comment;
            // The room shows the newest rating with a score or a comment (as the
            // rating routes keep it).
            if (scored || !comment.isNull()) {
                state.rated = true;
                state.ratingValue = value;
                state.ratingComment = comment;
            }
        }

        message.bindValue(0, id);
        message.bindValue(1, seed.room + 1);
        message.bindValue(2, seed.author);
        message.bindValue(3, int(seed.type));
        message.bindValue(4, content.isNull() ? nullText() : content);
        message.bindValue(5, seed.date);
        message.bindValue(6, seed.active ? 1 : 0);
        exec(message);

        if (state.lastId != 0 && state.establishedDialogue == 0 && state.lastAuthor != seed.author)
            state.establishedDialogue = seed.date;
        // Until the dialogue is established every message comes from the opener, so the
        // first different author is the second distinct one, in brand-tag rooms too.
        state.previousId = state.lastId;
        state.lastId = id;
        state.lastDate = seed.date;
        state.lastAuthor = seed.author;
        author.lastAuthored = std::max(author.lastAuthored, seed.date);
    }
}

void DemoDataWriter::writeChatrooms()
{
    QSqlQuery insert = prepare(QStringLiteral(
        "INSERT INTO chatrooms (id_chatroom, id_brand, id_brand_tag, type_chatroom, "
        "type_discussion,"
        " source, date_insert, last_message_date, last_message_id, established_dialogue,"
        " last_rating_value, last_rating_comment, summary_date, summary_text, summary_anomaly,"
        " summary_topic) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    QSqlQuery member = prepare(QStringLiteral(
        "INSERT INTO chatroom_members (id_chatroom, id_ambassador, last_read_message, is_blocked,"
        " archived, flag) VALUES (?, ?, ?, ?, ?, ?)"));
    for (size_t r = 0; r < m_rooms.size() && !failed(); ++r) {
        const RoomPlan &room = m_rooms[r];
        const RoomState &state = m_states[r];
        const bool hasMessages = state.lastId != 0;

        QVariant summaryDate = nullText();
        QVariant summaryText = nullText();
        QVariant summaryAnomaly = nullInteger();
        QVariant summaryTopic = nullInteger();
        if (room.messageCount >= 4 && (r == 0 || m_random.percent(20))) {
            const Phrasebook book = phrasebook(room.lang);
            const bool anomaly = r != 0 && m_random.percent(10);
            const qint64 when =
                std::min(m_now - kMinute, state.lastDate + m_random.between(1, 60) * kMinute);
            summaryDate = QDateTime::fromMSecsSinceEpoch(when / 1000, Qt::UTC)
                              .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            summaryText = fill(m_random.pick(anomaly ? book.anomalies : book.summaries),
                               randomProductName(), ambassador(room.members[0]).firstname);
            summaryAnomaly = anomaly ? 1 : 0;
            summaryTopic = m_random.between(1, kChatTopicCount);
        }

        insert.bindValue(0, qint64(r + 1));
        insert.bindValue(1, kBrandId);
        insert.bindValue(2, room.idBrandTag == 0 ? nullInteger() : QVariant(room.idBrandTag));
        insert.bindValue(3, room.typeChatroom);
        insert.bindValue(4, room.typeDiscussion);
        insert.bindValue(5, room.source);
        insert.bindValue(6, room.dateInsert);
        insert.bindValue(7, hasMessages ? state.lastDate : room.dateInsert);
        insert.bindValue(8, hasMessages ? QVariant(state.lastId) : nullInteger());
        insert.bindValue(9, state.establishedDialogue != 0 ? QVariant(state.establishedDialogue)
                                                           : nullInteger());
        insert.bindValue(10, state.rated ? state.ratingValue : nullInteger());
        insert.bindValue(11, state.rated ? state.ratingComment : nullText());
        insert.bindValue(12, summaryDate);
        insert.bindValue(13, summaryText);
        insert.bindValue(14, summaryAnomaly);
        insert.bindValue(15, summaryTopic);
        exec(insert);

        for (int ambassadorId : room.members) {
            QVariant lastRead = nullInteger();
            if (hasMessages) {
                const int roll = int(m_random.below(100));
                if (ambassadorId == state.lastAuthor || roll < 55)
                    lastRead = state.lastId;
                else if (roll < 75 && state.previousId != 0)
                    lastRead = state.previousId;
            }
            static constexpr int kFlags[] = {0, 1, 2};
            const int flag = kFlags[m_random.weighted({89, 6, 5})];
            member.bindValue(0, qint64(r + 1));
            member.bindValue(1, ambassadorId);
            member.bindValue(2, lastRead);
            member.bindValue(3, room.typeChatroom == 0 && r != 0 && m_random.percent(3) ? 1 : 0);
            member.bindValue(4, r != 0 && m_random.percent(8) ? 1 : 0);
            member.bindValue(5, flag == 0 ? nullInteger() : QVariant(flag));
            exec(member);
        }
    }
}

} // namespace

bool generateDemoData(Database &db, const DemoDataOptions &options, QString *error)
{
    DemoDataWriter writer(db, options);
    return writer.run(error);
}

} // namespace popsell::sandbox
