#pragma once

#include "core/auth/profile.h"

#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace popsell::auth {

// The saved sign-in profiles, in a QSettings the caller owns: "profiles/<id>/<field>" for
// the fields of Profile, "profiles/order" (last used first) and "profiles/lastUsed". Keys are
// relative to the settings' current group. No secret is ever written here: tokens and API
// keys live in the keychain (SecretStore).
//
// Ids must be plain keys (letters, digits, '-', '_'; at most 64): anything else could
// address another settings group or keychain entry, so it is ignored (save, remove,
// setLastUsed do nothing; cacheDirectory is empty).
class ProfileStore
{
public:
    explicit ProfileStore(QSettings &settings);

    // Last used first; profiles never used follow in the order they were saved. Entries
    // that do not load as a valid profile are left out.
    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &id) const;
    // Inserts or replaces by id; a replaced profile keeps its place. An invalid profile
    // (Profile::isValid) is not saved.
    void save(const Profile &profile);
    void remove(const QString &id);
    // Empty when none was recorded.
    QString lastUsedId() const;
    // Also moves the profile first in profiles(). The id need not be saved (the sandbox).
    void setLastUsed(const QString &id);
    // After a sign-out: the next start asks instead of restoring a profile.
    void clearLastUsed();

    // 16 random lower-case hex digits: safe in settings keys, keychain entries and paths.
    static QString newId();
    // <QStandardPaths::CacheLocation>/profiles/<id>, not created here; wiped at logout.
    // Empty for an id that is not a plain key, or when there is no cache location.
    static QString cacheDirectory(const QString &id);
    // Removes the directory recursively; true when it is gone (or never existed).
    static bool wipeCache(const QString &id);

private:
    QStringList order() const;
    void setOrder(const QStringList &ids);

    QSettings &m_settings;
};

} // namespace popsell::auth
