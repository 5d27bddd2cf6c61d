#pragma once

#include "app/console.h"
#include "support/sandboxfixture.h"

#include <QUrl>

namespace popsell::testing {

// What --base-url does: sign in to the sandbox with its API key, no dialog.
inline app::ConsoleStart directStartOn(const SandboxFixture &sandbox)
{
    app::ConsoleStart start;
    start.mode = app::ConsoleStart::Mode::Direct;
    start.profile.domain = sandbox.config().domain;
    start.profile.baseUrl = QUrl(sandbox.baseUrl());
    start.apiKey = sandbox.config().apiKey;
    return start;
}

} // namespace popsell::testing
