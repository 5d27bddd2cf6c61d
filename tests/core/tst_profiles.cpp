// Saved sign-in profiles: what a moderator may paste as a domain, and the profile list
// kept in QSettings (order, last used, a fresh start on the same file, nothing secret).
#include "core/auth/profile.h"
#include "core/auth/profilestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using popsell::auth::Profile;
using popsell::auth::ProfileStore;
using namespace Qt::StringLiterals;

namespace {

Profile shopProfile(const QString &id, const QString &domain, const QString &brandName = {})
{
    Profile profile;
    profile.id = id;
    profile.domain = domain;
    profile.baseUrl = popsell::auth::defaultBaseUrl(domain);
    profile.brandId = 7;
    profile.brandName = brandName;
    return profile;
}

QStringList idsOf(const QList<Profile> &profiles)
{
    QStringList ids;
    for (const Profile &profile : profiles)
        ids << profile.id;
    return ids;
}

} // namespace

class TestProfiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void normalizedDomain_data();
    void normalizedDomain();
    void defaultBaseUrl();
    void validityAndDisplayName();

    void saveReplaceRemove();
    void lastUsedComesFirst();
    void survivesAFreshStart();
    void settingsHoldOnlyProfileFields();
    void unsafeIdsTouchNothing();
    void newIdsAreDistinctAndPlain();

    void cacheDirectoryPerProfile();
    void wipeCacheRemovesOnlyThatProfile();

private:
    QTemporaryDir m_cacheHome;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    QString iniPath() const { return m_dir->filePath(QStringLiteral("settings.ini")); }
};

void TestProfiles::initTestCase()
{
    QVERIFY(m_cacheHome.isValid());
    // Never the developer's own cache: wipeCache removes directories.
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_cacheHome.path()));
}

void TestProfiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(iniPath(), QSettings::IniFormat);
}

void TestProfiles::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

void TestProfiles::normalizedDomain_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("domain");

    QTest::newRow("bare host") << u"shop.example.com"_s << u"shop.example.com"_s;
    QTest::newRow("spaces and capitals") << u"  Shop.Example.COM \t\n"_s << u"shop.example.com"_s;
    QTest::newRow("https") << u"https://shop.example.com"_s << u"shop.example.com"_s;
    QTest::newRow("api url") << u"https://shop.example.com/api/v2/"_s << u"shop.example.com"_s;
    QTest::newRow("http, port, query")
        << u" HTTP://shop.example.com:8443/api/v2?page=2#top"_s << u"shop.example.com:8443"_s;
    QTest::newRow("host and port") << u"shop.example.com:8443"_s << u"shop.example.com:8443"_s;
    QTest::newRow("trailing dot") << u"shop.example.com."_s << u"shop.example.com"_s;
    QTest::newRow("single label") << u"localhost"_s << u"localhost"_s;
    QTest::newRow("ipv4") << u"127.0.0.1:8080"_s << u"127.0.0.1:8080"_s;
    QTest::newRow("ipv6") << u"https://[::1]:8443/api/v2"_s << u"[::1]:8443"_s;
    QTest::newRow("international") << u"Bücher.example"_s << u"xn--bcher-kva.example"_s;
    QTest::newRow("hyphens and digits") << u"shop-2.ex-ample.com"_s << u"shop-2.ex-ample.com"_s;

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << u"   "_s << QString();
    QTest::newRow("inner space") << u"shop example.com"_s << QString();
    QTest::newRow("scheme only") << u"https://"_s << QString();
    QTest::newRow("other scheme") << u"ftp://shop.example.com"_s << QString();
    QTest::newRow("credentials") << u"https://user:pass@shop.example.com"_s << QString();
    QTest::newRow("user") << u"user@shop.example.com"_s << QString();
    QTest::newRow("empty port") << u"shop.example.com:"_s << QString();
    QTest::newRow("port 0") << u"shop.example.com:0"_s << QString();
    QTest::newRow("port too big") << u"shop.example.com:65536"_s << QString();
    QTest::newRow("port not a number") << u"shop.example.com:80a"_s << QString();
    QTest::newRow("a number") << u"12345"_s << QString();
    QTest::newRow("short dotted number") << u"1.2.3"_s << QString();
    QTest::newRow("leading hyphen") << u"-shop.example.com"_s << QString();
    QTest::newRow("empty label") << u"shop..example.com"_s << QString();
    QTest::newRow("underscore") << u"shop_1.example.com"_s << QString();
    QTest::newRow("path only") << u"/api/v2"_s << QString();
    QTest::newRow("bare ipv6") << u"::1"_s << QString();
    QTest::newRow("unclosed ipv6") << u"[::1"_s << QString();
    QTest::newRow("label too long") << QString(64, u'a') + u".com" << QString();
}

void TestProfiles::normalizedDomain()
{
    QFETCH(QString, typed);
    QFETCH(QString, domain);
    QCOMPARE(popsell::auth::normalizedDomain(typed), domain);
}

void TestProfiles::defaultBaseUrl()
{
    QCOMPARE(popsell::auth::defaultBaseUrl(u"shop.example.com"_s),
             QUrl(u"https://shop.example.com/api/v2"_s));
    QCOMPARE(popsell::auth::defaultBaseUrl(u"shop.example.com:8443"_s),
             QUrl(u"https://shop.example.com:8443/api/v2"_s));
    QVERIFY(popsell::auth::defaultBaseUrl(QString()).isEmpty());
    // What the moderator pasted, once normalised, makes the default API address.
    QCOMPARE(popsell::auth::defaultBaseUrl(
                 popsell::auth::normalizedDomain(u" https://Shop.Example.com/api/v2/ "_s)),
             QUrl(u"https://shop.example.com/api/v2"_s));
}

void TestProfiles::validityAndDisplayName()
{
    const Profile sandbox = popsell::auth::sandboxProfile();
    QCOMPARE(sandbox.id, u"sandbox"_s);
    QVERIFY(sandbox.sandbox);
    QVERIFY(sandbox.isValid());
    QCOMPARE(sandbox.displayName(), u"Sandbox"_s);

    Profile shop = shopProfile(u"a1"_s, u"shop.example.com"_s, u"Acme Shoes"_s);
    QVERIFY(shop.isValid());
    QCOMPARE(shop.displayName(), u"Acme Shoes · shop.example.com"_s);
    shop.brandName.clear();
    QCOMPARE(shop.displayName(), u"shop.example.com"_s);

    Profile noId = shop;
    noId.id.clear();
    QVERIFY(!noId.isValid());
    Profile noDomain = shop;
    noDomain.domain.clear();
    QVERIFY(!noDomain.isValid());
    Profile noUrl = shop;
    noUrl.baseUrl = QUrl();
    QVERIFY(!noUrl.isValid());

    QVERIFY(shop == shop);
    Profile otherBrand = shop;
    otherBrand.brandId = 8;
    QVERIFY(!(shop == otherBrand));
}

void TestProfiles::saveReplaceRemove()
{
    ProfileStore store(*m_settings);
    QVERIFY(store.profiles().isEmpty());
    QCOMPARE(store.lastUsedId(), QString());

    const Profile a = shopProfile(u"aaaa"_s, u"a.example.com"_s, u"Brand A"_s);
    const Profile b = shopProfile(u"bbbb"_s, u"b.example.com"_s, u"Brand B"_s);
    store.save(a);
    store.save(b);
    QCOMPARE(store.profiles(), (QList<Profile>{a, b}));
    QCOMPARE(store.profile(u"bbbb"_s), b);

    // Replaced by id, in place.
    Profile renamed = a;
    renamed.brandName = u"Brand A (renamed)"_s;
    renamed.rememberApiKey = true;
    store.save(renamed);
    QCOMPARE(store.profiles(), (QList<Profile>{renamed, b}));

    store.remove(u"aaaa"_s);
    QCOMPARE(store.profiles(), QList<Profile>{b});
    QCOMPARE(store.profile(u"aaaa"_s), std::nullopt);
    QCOMPARE(store.profile(u"never-saved"_s), std::nullopt);

    // A profile that could not sign in anywhere is not saved.
    Profile incomplete = shopProfile(u"cccc"_s, QString());
    store.save(incomplete);
    QCOMPARE(idsOf(store.profiles()), QStringList{u"bbbb"_s});
}

void TestProfiles::lastUsedComesFirst()
{
    ProfileStore store(*m_settings);
    for (const QString &id : {u"p1"_s, u"p2"_s, u"p3"_s})
        store.save(shopProfile(id, id + u".example.com"));
    QCOMPARE(idsOf(store.profiles()), (QStringList{u"p1"_s, u"p2"_s, u"p3"_s}));

    store.setLastUsed(u"p3"_s);
    QCOMPARE(store.lastUsedId(), u"p3"_s);
    QCOMPARE(idsOf(store.profiles()), (QStringList{u"p3"_s, u"p1"_s, u"p2"_s}));
    store.setLastUsed(u"p2"_s);
    QCOMPARE(idsOf(store.profiles()), (QStringList{u"p2"_s, u"p3"_s, u"p1"_s}));

    // Saving again (a new brand name after sign-in) does not reorder.
    store.save(shopProfile(u"p1"_s, u"p1.example.com"_s, u"Renamed"_s));
    QCOMPARE(idsOf(store.profiles()), (QStringList{u"p2"_s, u"p3"_s, u"p1"_s}));

    // Removing the last used one forgets it as last used.
    store.remove(u"p2"_s);
    QCOMPARE(store.lastUsedId(), QString());
    QCOMPARE(idsOf(store.profiles()), (QStringList{u"p3"_s, u"p1"_s}));

    // The sandbox can be last used without being saved, and is listed once saved.
    store.setLastUsed(u"sandbox"_s);
    QCOMPARE(store.lastUsedId(), u"sandbox"_s);
    QCOMPARE(idsOf(store.profiles()), (QStringList{u"p3"_s, u"p1"_s}));
    store.save(popsell::auth::sandboxProfile());
    QCOMPARE(store.profiles().constFirst(), popsell::auth::sandboxProfile());
    QCOMPARE(store.profiles().size(), 3);
}

void TestProfiles::survivesAFreshStart()
{
    QList<Profile> saved;
    {
        ProfileStore store(*m_settings);
        Profile custom = shopProfile(ProfileStore::newId(), u"shop.example.com:8443"_s,
                                     u"Acme, Shoes & Co · \"EU\""_s);
        custom.baseUrl = QUrl(u"https://api.example.net:8443/popsell/api/v2"_s);
        custom.brandId = 9'007'199'254'740'993; // above 2^53: no detour through a double
        custom.rememberApiKey = true;
        const Profile plain = shopProfile(ProfileStore::newId(), u"b.example.com"_s);
        store.save(custom);
        store.save(plain);
        store.save(popsell::auth::sandboxProfile());
        store.setLastUsed(plain.id);
        saved = store.profiles();
        QCOMPARE(saved.size(), 3);
        QCOMPARE(saved.constFirst(), plain);
        QCOMPARE(saved.at(1), custom);
    }
    m_settings->sync();
    QCOMPARE(m_settings->status(), QSettings::NoError);

    QSettings reopened(iniPath(), QSettings::IniFormat);
    const ProfileStore store(reopened);
    QCOMPARE(store.profiles(), saved);
    QCOMPARE(store.lastUsedId(), saved.constFirst().id);
}

void TestProfiles::settingsHoldOnlyProfileFields()
{
    ProfileStore store(*m_settings);
    Profile profile = shopProfile(u"abc123"_s, u"shop.example.com"_s, u"Acme"_s);
    profile.rememberApiKey = true;
    store.save(profile);
    store.save(popsell::auth::sandboxProfile());
    store.setLastUsed(u"abc123"_s);
    // A replaced profile leaves no key of its previous version behind.
    store.save(profile);
    m_settings->sync();

    QSettings onDisk(iniPath(), QSettings::IniFormat);
    QStringList keys = onDisk.allKeys();
    keys.sort();
    QStringList expected{u"profiles/lastUsed"_s, u"profiles/order"_s};
    for (const QString &id : {u"abc123"_s, u"sandbox"_s}) {
        for (const QString &field : {u"domain"_s, u"baseUrl"_s, u"brandId"_s, u"brandName"_s,
                                     u"sandbox"_s, u"rememberApiKey"_s})
            expected << u"profiles/" + id + u'/' + field;
    }
    expected.sort();
    QCOMPARE(keys, expected);

    // Plain text a person can read: no serialised blobs.
    QFile file(iniPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("@Variant"));
}

void TestProfiles::unsafeIdsTouchNothing()
{
    ProfileStore store(*m_settings);
    const Profile kept = shopProfile(u"kept"_s, u"kept.example.com"_s);
    store.save(kept);
    store.setLastUsed(u"kept"_s);

    for (const QString &id : {QString(), u"a/b"_s, u"../kept"_s, u"x y"_s, u"k\\e"_s}) {
        store.save(shopProfile(id, u"evil.example.com"_s));
        store.remove(id); // an empty id must not remove the whole "profiles" group
        store.setLastUsed(id);
        QCOMPARE(store.profile(id), std::nullopt);
        QCOMPARE(ProfileStore::cacheDirectory(id), QString());
        QVERIFY(!ProfileStore::wipeCache(id));
    }
    QCOMPARE(store.profiles(), QList<Profile>{kept});
    QCOMPARE(store.lastUsedId(), u"kept"_s);
    QVERIFY(!m_settings->contains(u"profiles/a/b/domain"_s));
}

void TestProfiles::newIdsAreDistinctAndPlain()
{
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString id = ProfileStore::newId();
        QCOMPARE(id.size(), 16);
        for (const QChar c : id)
            QVERIFY2((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'), qPrintable(id));
        seen.insert(id);
    }
    QCOMPARE(seen.size(), 200);
}

void TestProfiles::cacheDirectoryPerProfile()
{
    const QString a = ProfileStore::cacheDirectory(u"aaaa"_s);
    const QString b = ProfileStore::cacheDirectory(u"bbbb"_s);
    QVERIFY2(a.startsWith(m_cacheHome.path() + u'/'), qPrintable(a));
    QVERIFY2(a.endsWith(u"/profiles/aaaa"_s), qPrintable(a));
    QVERIFY(a != b);
    QCOMPARE(QFileInfo(a).absolutePath(), QFileInfo(b).absolutePath());
    QVERIFY(!QFileInfo::exists(a)); // only a path: nothing is created
}

void TestProfiles::wipeCacheRemovesOnlyThatProfile()
{
    const QString leaving = ProfileStore::cacheDirectory(u"leaving"_s);
    const QString staying = ProfileStore::cacheDirectory(u"staying"_s);
    QVERIFY(QDir().mkpath(leaving + u"/images/ab"));
    QVERIFY(QDir().mkpath(staying));
    for (const QString &path : QStringList{leaving + u"/images/ab/avatar.png",
                                           leaving + u"/state.json", staying + u"/state.json"}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("cached");
    }

    QVERIFY(ProfileStore::wipeCache(u"leaving"_s));
    QVERIFY(!QFileInfo::exists(leaving));
    QVERIFY(QFileInfo::exists(staying + u"/state.json"));
    // Already gone is gone.
    QVERIFY(ProfileStore::wipeCache(u"leaving"_s));
    QVERIFY(ProfileStore::wipeCache(u"never-cached"_s));
    QVERIFY(ProfileStore::wipeCache(u"staying"_s));
    QVERIFY(!QFileInfo::exists(staying));
}

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
