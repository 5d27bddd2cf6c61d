#pragma once

#include "cli/exitcodes.h"
#include "cli/jsonformat.h"
#include "cli/output.h"
#include "core/api/apicall.h" // PopsellApi's inline QPointer<ApiCall> needs the complete type
#include "core/api/popsellapi.h"
#include "core/domain/page.h"

#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace popsell::cli {

// One running command, as its action sees it: the API, the context object of its calls,
// and the ways to end it. The run ends exactly once, from a callback, with finished().
class CommandRun : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = api::PopsellApi::Callback<T>;
    template<typename T>
    using Render = std::function<QString(const T &)>;
    template<typename T>
    using Encode = std::function<QJsonValue(const T &)>;

    CommandRun(api::PopsellApi &api, Output &output, QObject *parent = nullptr);

    api::PopsellApi &api() const { return m_api; }
    Output &output() const { return m_output; }
    // The context of every call the command makes: calls die with the run.
    QObject *context() { return this; }
    bool isFinished() const { return m_finished; }

    void succeed(const QJsonValue &json, const QString &human);
    void fail(const api::ApiError &error);

    // A callback that ends the run with the value: `encode` for --json, `render` otherwise.
    template<typename T>
    Callback<T> finishWith(Encode<T> encode, Render<T> render);
    // The same with the value's own toJson().
    template<typename T>
    Callback<T> finishWith(Render<T> render);
    // A callback that ends the run with a page (`all`: every page, merged), its items as
    // a table by `render`, then a footer.
    template<typename T>
    Callback<domain::Page<T>> finishWithPage(Render<QList<T>> render, bool all);

Q_SIGNALS:
    void finished(int exitCode);

private:
    // Items that did not decode; a walk cut short by its page limit.
    void warnAboutPage(int skipped, bool cutShort);
    // "page 1 of 4, 60 in total (next: --page 2; every page: --all)"
    static QString pageFooter(qsizetype shown, int currentPage, int lastPage, qint64 total,
                              bool hasMore, bool all);

    api::PopsellApi &m_api;
    Output &m_output;
    bool m_finished = false;
};

template<typename T>
CommandRun::Callback<T> CommandRun::finishWith(Encode<T> encode, Render<T> render)
{
    return [self = QPointer<CommandRun>(this), encode = std::move(encode),
            render = std::move(render)](api::Result<T> result) {
        if (!self)
            return;
        if (!result) {
            self->fail(result.error());
            return;
        }
        self->succeed(encode(result.value()),
                      self->m_output.isJson() ? QString() : render(result.value()));
    };
}

template<typename T>
CommandRun::Callback<T> CommandRun::finishWith(Render<T> render)
{
    return finishWith<T>([](const T &value) { return QJsonValue(value.toJson()); },
                         std::move(render));
}

template<typename T>
CommandRun::Callback<domain::Page<T>> CommandRun::finishWithPage(Render<QList<T>> render, bool all)
{
    return [self = QPointer<CommandRun>(this), render = std::move(render),
            all](api::Result<domain::Page<T>> result) {
        if (!self)
            return;
        if (!result) {
            self->fail(result.error());
            return;
        }
        const domain::Page<T> &page = result.value();
        self->warnAboutPage(page.skipped, all && page.hasMore());
        const QString human =
            self->m_output.isJson()
                ? QString()
                : (page.items.isEmpty() ? tr("(none)") + u'\n' : render(page.items)) +
                      self->pageFooter(page.items.size(), page.currentPage, page.lastPage,
                                       page.total, page.hasMore(), all);
        self->succeed(all ? jsonformat::allPages(page) : jsonformat::page(page), human);
    };
}

} // namespace popsell::cli
