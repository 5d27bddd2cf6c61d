#pragma once

#include "cli/commandargs.h"
#include "cli/commandrun.h"
#include "cli/commandspec.h"
#include "core/api/popsellapi.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>

#include <functional>

// Pieces the command groups share: the usual options and arguments, and the list runner.
namespace popsell::cli::common {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(CommonOptions)

public:
    static QCommandLineOption page();
    static QCommandLineOption perPage();
    static QCommandLineOption all();
    static QCommandLineOption sort();
    static ArgumentSpec chatroom();
    static ArgumentSpec ambassador();
};

inline QCommandLineOption option(const QString &name, const QString &description,
                                 const QString &valueName = {})
{
    return QCommandLineOption(name, description, valueName);
}

// The largest page size the API is asked for (the sandbox caps per_page at 500).
constexpr int kMaxPerPage = 500;

std::optional<int> pageNumber(CommandArgs &args);
std::optional<int> perPage(CommandArgs &args);

template<typename T>
using FirstPage =
    std::function<api::ApiCall *(QObject *, api::PopsellApi::Callback<domain::Page<T>>)>;

// Lists one page with `first`, or with `all` every page from there (following
// next_page_url), and ends the run with them.
template<typename T>
void list(CommandRun &run, api::Endpoint endpoint, FirstPage<T> first, bool all,
          CommandRun::Render<QList<T>> render)
{
    auto done = run.finishWithPage<T>(std::move(render), all);
    if (all)
        run.api().allPages<T>(endpoint, std::move(first), api::PopsellApi::kDefaultMaxPages,
                              run.context(), std::move(done));
    else
        first(run.context(), std::move(done));
}

} // namespace popsell::cli::common
