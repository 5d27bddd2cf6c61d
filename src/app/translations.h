#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

class QCoreApplication;

namespace popsell::app {

// The languages the catalogs in translations/ cover (the API's): "de", "en", "es", "fr".
QStringList catalogLanguages();

// The locale named by `--locale xx` or `--locale=xx` in `arguments`, read before the command
// line parser runs: the parser's own help text must already be in that language.
// Nothing when the option is absent.
std::optional<QLocale> localeFromArguments(const QStringList &arguments);

// Installs, as children of `application`, the product's catalog for `locale` together with
// Qt's (qtbase) and QtKeychain's catalogs in the same language. A locale with no catalog of
// its own gets the English one, whose plural forms ("1 action", "2 actions") the source
// strings cannot express; Qt's and QtKeychain's then stay English too, so that a window
// never mixes two languages. Returns whether the product's catalog is in `locale`'s language.
bool installTranslations(QCoreApplication &application, const QLocale &locale);

} // namespace popsell::app
