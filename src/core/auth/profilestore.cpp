#include "core/auth/profilestore.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>

namespace popsell::auth {

namespace {

constexpr QStringView kGroup = u"profiles";

bool isPlainId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (const QChar c : id) {
        const bool plain = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                           (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
        if (!plain)
            return false;
    }
    return true;
}

QString key(const QString &id, QStringView field)
{
    return kGroup + u'/' + id + u'/' + field;
}

// A key of the "profiles" group itself, beside the per-profile groups.
QString groupKey(QStringView name)
{
    return kGroup + u'/' + name;
}

} // namespace

ProfileStore::ProfileStore(QSettings &settings)
    : m_settings(settings)
{}

QList<Profile> ProfileStore::profiles() const
{
    QStringList ids = order();
    m_settings.beginGroup(kGroup.toString());
    QStringList saved = m_settings.childGroups();
    m_settings.endGroup();
    // Entries missing from the order (an older or hand-edited file) still show, stably.
    saved.sort();
    for (const QString &id : std::as_const(saved)) {
        if (!ids.contains(id))
            ids.append(id);
    }
    QList<Profile> result;
    for (const QString &id : std::as_const(ids)) {
        if (std::optional<Profile> found = profile(id))
            result.append(std::move(*found));
    }
    return result;
}

std::optional<Profile> ProfileStore::profile(const QString &id) const
{
    if (!isPlainId(id) || !m_settings.contains(key(id, u"sandbox")))
        return std::nullopt;
    Profile profile;
    profile.id = id;
    profile.domain = m_settings.value(key(id, u"domain")).toString();
    const QString baseUrl = m_settings.value(key(id, u"baseUrl")).toString();
    if (!baseUrl.isEmpty())
        profile.baseUrl = QUrl(baseUrl, QUrl::StrictMode);
    profile.brandId = m_settings.value(key(id, u"brandId")).toLongLong();
    profile.brandName = m_settings.value(key(id, u"brandName")).toString();
    profile.sandbox = m_settings.value(key(id, u"sandbox")).toBool();
    profile.rememberApiKey = m_settings.value(key(id, u"rememberApiKey")).toBool();
    if (!profile.isValid())
        return std::nullopt;
    return profile;
}

void ProfileStore::save(const Profile &profile)
{
    if (!isPlainId(profile.id) || !profile.isValid())
        return;
    const QString &id = profile.id;
    // Replaced as a whole, so no key of an older layout lingers.
    m_settings.remove(groupKey(id));
    m_settings.setValue(key(id, u"domain"), profile.domain);
    m_settings.setValue(key(id, u"baseUrl"), profile.baseUrl.toString(QUrl::FullyEncoded));
    m_settings.setValue(key(id, u"brandId"), profile.brandId);
    m_settings.setValue(key(id, u"brandName"), profile.brandName);
    m_settings.setValue(key(id, u"sandbox"), profile.sandbox);
    m_settings.setValue(key(id, u"rememberApiKey"), profile.rememberApiKey);
    QStringList ids = order();
    if (!ids.contains(id)) {
        ids.append(id);
        setOrder(ids);
    }
}

void ProfileStore::remove(const QString &id)
{
    if (!isPlainId(id))
        return;
    m_settings.remove(groupKey(id));
    QStringList ids = order();
    if (ids.removeAll(id) > 0)
        setOrder(ids);
    if (lastUsedId() == id)
        m_settings.remove(groupKey(u"lastUsed"));
}

QString ProfileStore::lastUsedId() const
{
    const QString id = m_settings.value(groupKey(u"lastUsed")).toString();
    return isPlainId(id) ? id : QString();
}

void ProfileStore::clearLastUsed()
{
    m_settings.remove(groupKey(u"lastUsed"));
}

void ProfileStore::setLastUsed(const QString &id)
{
    if (!isPlainId(id))
        return;
    m_settings.setValue(groupKey(u"lastUsed"), id);
    QStringList ids = order();
    ids.removeAll(id);
    ids.prepend(id);
    setOrder(ids);
}

QString ProfileStore::newId()
{
    return QString::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, u'0');
}

QString ProfileStore::cacheDirectory(const QString &id)
{
    if (!isPlainId(id))
        return {};
    const QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (base.isEmpty())
        return {};
    return base + u"/profiles/" + id;
}

bool ProfileStore::wipeCache(const QString &id)
{
    const QString path = cacheDirectory(id);
    if (path.isEmpty())
        return false;
    if (!QFileInfo::exists(path))
        return true;
    QDir(path).removeRecursively();
    return !QFileInfo::exists(path);
}

QStringList ProfileStore::order() const
{
    QStringList ids;
    const QStringList stored = m_settings.value(groupKey(u"order")).toStringList();
    for (const QString &id : stored) {
        if (isPlainId(id) && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

void ProfileStore::setOrder(const QStringList &ids)
{
    if (ids.isEmpty())
        m_settings.remove(groupKey(u"order"));
    else
        m_settings.setValue(groupKey(u"order"), ids);
}

} // namespace popsell::auth
