#pragma once

#include <QString>

#include <optional>

namespace popsell::app {

// How well `query` finds `text` in the command palette, higher is better; nullopt when it
// does not. Case and accents are ignored ("elo" finds "Élodie"). A substring beats a
// subsequence ("crch" finds "Create chatroom"), a match at a word start beats one inside
// a word, and a shorter text wins a tie.
std::optional<int> paletteMatch(const QString &query, const QString &text);

// `text` lower-cased without accents, as paletteMatch compares it.
QString paletteFold(const QString &text);

} // namespace popsell::app
