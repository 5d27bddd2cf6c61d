#pragma once

#include "core/auth/profile.h"

#include <QDialog>

#include <memory>
#include <optional>

class QPushButton;

namespace popsell::app {

// Sign in with a Popsell domain and a brand's API key, or open the sandbox. Non-modal and
// never exec(): it emits what the moderator asked for, and the session's answer comes back
// through setBusy()/showFailure()/accept(). While a sign-in is checked the form is frozen as
// typed; a failure keeps it, with the error next to the field it concerns. The key field
// echoes nothing readable (screenshots, screen sharing) and is emptied once signed in.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(QWidget *parent = nullptr);
    ~SignInDialog() override;

    // Fills the form for a profile (its domain, brand, address, remember choice) with the
    // reason a sign-in is needed; nullopt: an empty form for a first sign-in.
    void prefill(const std::optional<auth::Profile> &profile, const QString &reason);
    // A plain sentence saying the keychain does not work (empty hides it).
    void setKeychainNotice(const QString &text);
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    // `field` is "domain", "api_key" or empty (the message goes under the form).
    void showFailure(const QString &message, const QString &field);
    // Signed in: the key is forgotten and the dialog closes.
    void signedIn();

    QString errorText() const;
    QString fieldErrorText(const QString &field) const;
    QPushButton *signInButton() const;
    QPushButton *sandboxButton() const;

Q_SIGNALS:
    // `draft` keeps the prefilled profile's id when domain, brand and address are unchanged,
    // so a sign-in after a 401 resumes that profile.
    void signInRequested(const popsell::auth::Profile &draft, const QString &apiKey);
    void sandboxRequested();
    void canceled();

protected:
    void showEvent(QShowEvent *event) override;
    void reject() override;

private:
    struct Private;
    std::unique_ptr<Private> d;
    bool m_busy = false;

    void submit();
    void clearErrors();
    void fitHeight();
    void updateBaseUrlPlaceholder();
};

} // namespace popsell::app
