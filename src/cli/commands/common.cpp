#include "cli/commands/common.h"

#include <limits>

namespace popsell::cli::common {

QCommandLineOption Texts::page()
{
    return option(QStringLiteral("page"), tr("Page number (default 1)."), QStringLiteral("N"));
}

QCommandLineOption Texts::perPage()
{
    return option(QStringLiteral("per-page"),
                  tr("Items per page, up to %1 (default: the server's, 15).").arg(kMaxPerPage),
                  QStringLiteral("N"));
}

QCommandLineOption Texts::all()
{
    return option(QStringLiteral("all"), tr("Every page, from the first one asked, merged."));
}

QCommandLineOption Texts::sort()
{
    return option(QStringLiteral("sort"), tr("Sort field, -FIELD for descending."),
                  QStringLiteral("FIELD"));
}

ArgumentSpec Texts::chatroom()
{
    return {QStringLiteral("CHATROOM"), tr("Chatroom id."), true};
}

ArgumentSpec Texts::ambassador()
{
    return {QStringLiteral("AMBASSADOR"), tr("Ambassador id."), true};
}

std::optional<int> pageNumber(CommandArgs &args)
{
    return args.integer(QStringLiteral("page"), 1, std::numeric_limits<int>::max());
}

std::optional<int> perPage(CommandArgs &args)
{
    return args.integer(QStringLiteral("per-page"), 1, kMaxPerPage);
}

} // namespace popsell::cli::common
