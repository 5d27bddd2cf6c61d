#pragma once

#include <QPalette>
#include <QString>

class QSettings;

namespace popsell::app {

// The console's own preferences in QSettings (never a secret), one place for their keys.
namespace appsettings {

inline constexpr const char *kLanguage = "ui/language";                // "" (system), "en", "fr"...
inline constexpr const char *kTheme = "ui/theme";                      // "", "light", "dark"
inline constexpr const char *kRefreshMinutes = "inbox/refreshMinutes"; // 0: never

enum class Theme
{
    System,
    Light,
    Dark,
};

Theme theme(const QSettings &settings);
QString themeKey(Theme theme);
// The palette of `theme`: the style's own for System, fixed light and dark ones otherwise
// (Qt 6.4 has no colour-scheme API to follow the desktop's).
QPalette palette(Theme theme, const QPalette &system);

int refreshMinutes(const QSettings &settings);

} // namespace appsettings

} // namespace popsell::app
