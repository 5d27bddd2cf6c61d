#pragma once

#include <QDialog>

#include <memory>

class QAction;
class QSettings;

namespace Ui {
class SettingsForm;
}

namespace popsell::app {

// The console's preferences, applied as they change (a Close button, nothing to confirm):
// language (at the next start), appearance (light, dark or the system's), how often the inbox
// refreshes itself, marking a room read when it stays open, and the way to the keyboard
// shortcuts. Non-modal.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // `markReadOnOpen` and `shortcuts` are the console's own actions: the dialog shows and
    // drives them, so menu, shortcut and dialog never disagree.
    SettingsDialog(QSettings &settings, QAction &markReadOnOpen, QAction &shortcuts,
                   QWidget *parent = nullptr);
    ~SettingsDialog() override;

Q_SIGNALS:
    void themeChanged();
    void refreshIntervalChanged(int minutes);

private:
    QSettings &m_settings;
    std::unique_ptr<Ui::SettingsForm> m_ui;
};

} // namespace popsell::app
