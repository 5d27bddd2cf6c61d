#include "cli/commandrun.h"

namespace popsell::cli {

CommandRun::CommandRun(api::PopsellApi &api, Output &output, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_output(output)
{}

void CommandRun::succeed(const QJsonValue &json, const QString &human)
{
    if (m_finished)
        return;
    m_finished = true;
    m_output.result(json, human);
    Q_EMIT finished(int(ExitCode::Ok));
}

void CommandRun::fail(const api::ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    const ExitCode code = exitCodeFor(error.kind());
    m_output.error(error, code);
    Q_EMIT finished(int(code));
}

void CommandRun::warnAboutPage(int skipped, bool cutShort)
{
    if (skipped > 0)
        m_output.warning(tr("%n item(s) could not be read and were left out", nullptr, skipped));
    if (cutShort)
        m_output.warning(
            tr("stopped after %1 pages; more remain").arg(api::PopsellApi::kDefaultMaxPages));
}

QString CommandRun::pageFooter(qsizetype shown, int currentPage, int lastPage, qint64 total,
                               bool hasMore, bool all)
{
    if (all)
        return tr("%n item(s)", nullptr, int(shown)) + u'\n';
    QString footer = tr("page %1 of %2, %3 in total").arg(currentPage).arg(lastPage).arg(total);
    if (hasMore)
        footer += u' ' + tr("(next: --page %1; every page: --all)").arg(currentPage + 1);
    return footer + u'\n';
}

} // namespace popsell::cli
