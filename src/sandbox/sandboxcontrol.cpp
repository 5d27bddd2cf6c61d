#include "sandbox/sandboxcontrol.h"

#include "sandbox/effectsledger.h"
#include "sandbox/faults/faultfront.h"
#include "sandbox/faults/faultlog.h"
#include "sandbox/sandboxconfig.h"
#include "sandbox/validation.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace popsell::sandbox {

namespace {

using namespace popsell::sandbox::faults;

ApiReply effectsReply(const ApiRequest &request, SandboxControlContext &context)
{
    const qint64 after = request.queryValue(QStringLiteral("after")).toLongLong();
    const QString key = request.queryValue(QStringLiteral("key"));
    QJsonArray effects;
    for (const Effect &effect : context.effects.list(after, key))
        effects.append(effect.toJson());
    QJsonObject byKey;
    QJsonArray duplicated;
    const QMap<QString, int> counts = context.effects.countsByKey();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (!key.isEmpty() && it.key() != key)
            continue;
        byKey.insert(it.key(), it.value());
        if (it.value() > 1)
            duplicated.append(it.key());
    }
    return ApiReply::json(200, QJsonObject{{QStringLiteral("effects"), effects},
                                           {QStringLiteral("total"), effects.size()},
                                           {QStringLiteral("by_key"), byKey},
                                           {QStringLiteral("duplicated_keys"), duplicated}});
}

QJsonObject countsObject(const QMap<QString, qint64> &counts, qint64 *total)
{
    QJsonObject object;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        object.insert(it.key(), it.value());
        *total += it.value();
    }
    return object;
}

ApiReply faultsReply(const ApiRequest &request, SandboxControlContext &context)
{
    const FaultFront *front = context.front;
    qint64 total = 0;
    QJsonObject state{
        {QStringLiteral("enabled"), front != nullptr},
        {QStringLiteral("idempotency"), context.config.idempotency},
        {QStringLiteral("injected"), countsObject(context.faultLog.counts(), &total)},
    };
    state.insert(QStringLiteral("injected_total"), total);
    if (front) {
        QMap<QString, qint64> thisRun;
        for (FaultKind kind : allFaultKinds())
            thisRun.insert(faultKindName(kind), qint64(front->counts().value(kind)));
        qint64 runTotal = 0;
        state.insert(QStringLiteral("injected_this_run"), countsObject(thisRun, &runTotal));
        state.insert(QStringLiteral("injected_this_run_total"), runTotal);
        state.insert(QStringLiteral("spec"), front->planner().spec().text);
        state.insert(QStringLiteral("seed"), QString::number(front->planner().seed()));
        state.insert(QStringLiteral("requests"), qint64(front->planner().numbered()));
        const ForeignOrigin::Stats foreign = front->foreignStats();
        state.insert(
            QStringLiteral("foreign_origin"),
            QJsonObject{{QStringLiteral("origin"), QString::fromLatin1(front->foreignOrigin())},
                        {QStringLiteral("requests"), foreign.requests},
                        {QStringLiteral("authorization_headers"), foreign.authorizationHeaders},
                        {QStringLiteral("bodies"), foreign.bodies}});
    }
    if (request.hasQuery(QStringLiteral("events"))) {
        QJsonArray events;
        const qint64 after = request.queryValue(QStringLiteral("after")).toLongLong();
        for (const StoredFaultEvent &event : context.faultLog.events(after))
            events.append(event.toJson());
        state.insert(QStringLiteral("events"), events);
    }
    return ApiReply::json(200, state);
}

ApiReply changeFaults(const ApiRequest &request, SandboxControlContext &context)
{
    if (!context.front) {
        return ApiReply::message(
            409, QStringLiteral("Fault mode is off: start the sandbox with --faults (e.g. "
                                "--faults none) to change faults at run time."));
    }
    ValidationErrors errors;
    const std::optional<QJsonObject> body = parseJsonBody(request.body, errors);
    if (!body)
        return ApiReply::validation(errors);
    const QJsonValue spec = body->value(QStringLiteral("spec"));
    if (!spec.isString()) {
        errors.add(QStringLiteral("spec"), QStringLiteral("The spec field is required."));
        return ApiReply::validation(errors);
    }
    quint64 seed = context.front->planner().seed();
    if (body->contains(QStringLiteral("seed"))) {
        const QJsonValue value = body->value(QStringLiteral("seed"));
        bool ok = value.isDouble() && value.toDouble() >= 0;
        if (ok)
            seed = quint64(value.toInteger());
        else if (value.isString())
            seed = value.toString().toULongLong(&ok);
        if (!ok) {
            errors.add(QStringLiteral("seed"), QStringLiteral("The seed must be a whole number."));
            return ApiReply::validation(errors);
        }
    }
    const QString error = context.setFaults(spec.toString(), seed);
    if (!error.isEmpty()) {
        errors.add(QStringLiteral("spec"), error);
        return ApiReply::validation(errors);
    }
    return faultsReply(request, context);
}

} // namespace

ApiReply serveSandboxControl(const ApiRequest &request, SandboxControlContext &context)
{
    const bool get = request.method == HttpMethod::Get;
    if (request.path == u"/__sandbox/effects") {
        if (get)
            return effectsReply(request, context);
    } else if (request.path == u"/__sandbox/faults") {
        if (get)
            return faultsReply(request, context);
        if (request.method == HttpMethod::Post)
            return changeFaults(request, context);
    } else {
        return ApiReply::notFound(QStringLiteral("Not Found"));
    }
    ApiReply reply = ApiReply::message(405, QStringLiteral("Method Not Allowed"));
    reply.setHeader("Allow", request.path == u"/__sandbox/faults" ? "GET, POST" : "GET");
    return reply;
}

} // namespace popsell::sandbox
