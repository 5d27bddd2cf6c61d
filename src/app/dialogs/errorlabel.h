#pragma once

class QLabel;
class QWidget;

namespace popsell::app {

// The look of an error line under a field or a form: plain text (server words are never
// rendered as rich text), wrapped, in a red readable on light and dark palettes, hidden
// until it has something to say.
void styleErrorLabel(QLabel *label);
QLabel *makeErrorLabel(QWidget *parent);

} // namespace popsell::app
