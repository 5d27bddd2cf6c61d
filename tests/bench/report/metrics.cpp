#include "report/metrics.h"

namespace popsell::bench {

namespace {

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

MetricSpec spec(const char *id, const char *title, const char *unit, Goal goal, double limit,
                const char *goalText, const char *floorText, const char *chartLabel)
{
    MetricSpec s;
    s.id = text(id);
    s.title = text(title);
    s.unit = text(unit);
    s.goal = goal;
    s.limit = limit;
    s.goalText = text(goalText);
    s.floorText = text(floorText);
    s.chartLabel = text(chartLabel);
    return s;
}

MetricSpec info(const char *id, const char *title, const char *unit, const char *floorText)
{
    return spec(id, title, unit, Goal::Info, 0, "", floorText, "");
}

// The "QNAM ÷ curl" rows: QNAM (the HTTP floor) in the app column, curl in the floor column.
MetricSpec qnamOverCurl(const char *leg, const char *title)
{
    MetricSpec s = info(leg, title, "µs", "curl, one process, one reused connection");
    s.id = QStringLiteral("http.%1.wall").arg(QLatin1String(leg));
    s.appSide = QStringLiteral("floor");
    s.floorId = QStringLiteral("http.%1.curl").arg(QLatin1String(leg));
    s.floorSide = QStringLiteral("info");
    return s;
}

// The client against raw QNAM that also parses each body: what the client adds of its own.
MetricSpec parsedFloor(const char *leg, const char *kind, const char *title)
{
    MetricSpec s = info("", title, "µs", "raw QNAM + QJsonDocument::fromJson");
    s.id = QStringLiteral("http.%1.%2").arg(QLatin1String(leg), QLatin1String(kind));
    s.floorId = QStringLiteral("http.%1.%2_parsed").arg(QLatin1String(leg), QLatin1String(kind));
    s.floorSide = QStringLiteral("info");
    return s;
}

} // namespace

QList<MetricSpec> metricSpecs()
{
    const double decodeLimit = 1 / 0.7; // ≥ 70 % of raw throughput, as a ratio of times
    const char *decodeGoal = "≥ 70 % of raw throughput (≤ 1.43 × time)";
    QList<MetricSpec> specs;
    // Startup and memory: separate processes (startup: median of the round's launches).
    specs << spec("startup.first_paint",
                  "Startup: exec → first paint of the main window, cached profile", "ms",
                  Goal::RatioAtMost, 1.3, "≤ 1.3 × skeleton",
                  "skeleton window: stock widgets, same size", "startup")
          << spec("startup.peak_rss", "Peak RSS at first paint", "MB", Goal::RatioAtMost, 1.25,
                  "≤ 1.25 × skeleton", "skeleton window", "peak RSS at first paint")
          << spec("startup.cpu", "Process CPU used by the first paint", "ms", Goal::RatioAtMost,
                  1.5, "≤ 1.5 × skeleton (notes G2)", "skeleton window", "startup CPU")
          << spec("memory.loaded", "RSS with 10k rooms + 100k messages loaded, both on screen",
                  "MB", Goal::RatioAtMost, 1.2, "≤ 1.2 × composite",
                  "skeleton + flat structs from the same pages", "RSS 10k rooms + 100k msgs");
    // Models and views (bench_models).
    specs << spec("inbox.fill",
                  "Inbox: 100k rooms filled in pages of 100 (inserts, relayouts, final paint)",
                  "ms", Goal::RatioAtMost, 1.4, "≤ 1.4 × bare batch insert",
                  "QAbstractListModel + QListView, one beginInsertRows per page", "inbox fill 100k")
          << spec("inbox.page",
                  "Appending a page of 100 rows, any size up to 100k (p99 of the fill)", "ms",
                  Goal::AtMost, 1, "≤ 1 ms", "bare model, same pages", "page append (p99)")
          << info("inbox.page_last", "Appending a page of 100 rows at ~100k rows (last 10 pages)",
                  "ms", "bare model")
          << info("inbox.page_layout", "The same with the view's relayout it causes", "ms",
                  "bare model + QListView")
          << spec("search.key",
                  "Search keystroke over 100k rooms, worst of l … lefèvre (filter + paint)", "ms",
                  Goal::AtMost, 16, "≤ 16 ms, below the scan", "one plain QString::contains scan",
                  "search keystroke")
          << info("search.key_first", "Search: the first keystroke (\"l\")", "ms", "one plain scan")
          << info("search.key_first_filter", "… of which the filter (the rest: relayout and paint)",
                  "ms", "")
          << spec("search.wrong_rows",
                  "Search: rows shown or hidden against the rule (matchesAllWords), all keystrokes",
                  "rows", Goal::AtMost, 0, "0 (the same rows)", "", "")
          << spec("search.clear", "Clearing the search (filter + paint)", "ms", Goal::AtMost, 10,
                  "≤ 10 ms", "", "search clear")
          << spec("room.open", "Open a room: 500 messages arrived → painted", "ms", Goal::AtMost,
                  16, "≤ 16 ms", "QListView, word-wrap delegate, same messages",
                  "open room (500 msgs)")
          << info("room.open_click", "Open a room: selected → painted, loopback request included",
                  "ms", "")
          << spec("stall.fill", "Longest event-loop stall while pages arrive (1 ms ticker)", "ms",
                  Goal::AtMost, 16, "≤ 16 ms", "bare model, decoding included", "event-loop stall")
          << info("stall.fill_cpu",
                  "… the longest the GUI thread ran between two ticks (preemption left out)", "ms",
                  "bare model");
    // Decoding (bench_decode): time per page; the goal is on throughput.
    specs << spec("decode.rooms100", "Decode a page of 100 rooms into structs (parse included)",
                  "µs", Goal::RatioAtMost, decodeLimit, decodeGoal,
                  "QJsonDocument::fromJson of the same bytes", "decode 100 rooms")
          << spec("decode.rooms15", "Decode a page of 15 rooms", "µs", Goal::RatioAtMost,
                  decodeLimit, decodeGoal, "raw fromJson", "decode 15 rooms")
          << spec("decode.messages100", "Decode a page of 100 messages", "µs", Goal::RatioAtMost,
                  decodeLimit, decodeGoal, "raw fromJson", "decode 100 messages")
          << spec("dates.parse", "Timestamp parse (Laravel, 6-digit fraction)", "ns",
                  Goal::RatioAtMost, 0.2, "≥ 5 × faster (≤ 0.2 × time)",
                  "QDateTime::fromString(ISODateWithMs)", "date parse")
          << spec("dates.mismatch", "Timestamps parsed unlike Qt (of 200k, 6-digit fractions)",
                  "count", Goal::AtMost, 0, "identical results", "", "")
          << info("dates.mismatch_ms", "The same, fractions of millisecond precision", "count", "");
    // HTTP (bench_http).
    specs << spec("http.sandbox.wall", "API client per request, sandbox (plain HTTP/1.1), wall",
                  "µs", Goal::RatioAtMost, 1.2, "≤ 1.2 × raw QNAM", "raw QNAM, same requests",
                  "API client, sandbox")
          << spec("http.sandbox.cpu", "API client per request, sandbox, process CPU", "µs",
                  Goal::RatioAtMost, 1.2, "≤ 1.2 × raw QNAM", "raw QNAM", "API client CPU, sandbox")
          << spec("http.tls.wall", "API client per request, TLS HTTP/1.1 server, wall", "µs",
                  Goal::RatioAtMost, 1.2, "≤ 1.2 × raw QNAM", "raw QNAM, same requests",
                  "API client, TLS")
          << spec("http.tls.cpu", "API client per request, TLS HTTP/1.1 server, process CPU", "µs",
                  Goal::RatioAtMost, 1.2, "≤ 1.2 × raw QNAM", "raw QNAM", "API client CPU, TLS")
          << parsedFloor("sandbox", "wall", "API client ÷ (raw QNAM + JSON parse), sandbox, wall")
          << parsedFloor("tls", "wall", "API client ÷ (raw QNAM + JSON parse), TLS, wall")
          << parsedFloor("tls", "cpu", "API client ÷ (raw QNAM + JSON parse), TLS, CPU")
          << qnamOverCurl("sandbox", "Raw QNAM ÷ curl, sandbox (app column: QNAM)")
          << qnamOverCurl("tls", "Raw QNAM ÷ curl, TLS HTTP/1.1 (app column: QNAM)")
          << spec("http.reuse", "GETs on a reused connection (500 sequential + a burst of 500)",
                  "%", Goal::AtLeast, 99, "≥ 99 %", "raw QNAM, same requests", "connection reuse");
    MetricSpec posts =
        info("http.reuse_post", "Non-idempotent POSTs on a reused connection (20)", "%", "");
    posts.appSide = QStringLiteral("info");
    specs << posts;
    // Idle (app_startup / floor_startup --idle).
    specs << spec("idle.cpu", "Idle CPU, window unfocused, signed in with data", "ms/s",
                  Goal::AtMost, 0.05, "≤ 0.05 ms per s", "skeleton window, idle", "idle CPU")
          << spec("idle.wakeups", "Idle timer events per second (GUI thread)", "/s", Goal::AtMost,
                  1, "no timer faster than 1 Hz", "skeleton window", "idle wake-ups");
    return specs;
}

} // namespace popsell::bench
