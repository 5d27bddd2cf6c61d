#include "app/dialogs/signindialog.h"

#include "app/dialogs/errorlabel.h"
#include "ui_signindialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace popsell::app {

struct SignInDialog::Private
{
    Ui::SignInForm ui;
    QWidget *form = nullptr;
    QLabel *errorLabel = nullptr;
    QProgressBar *progress = nullptr;
    QDialogButtonBox *buttons = nullptr;
    QPushButton *signIn = nullptr;
    QPushButton *sandbox = nullptr;
    std::optional<auth::Profile> prefilled;

    QLabel *fieldLabel(const QString &field) const
    {
        if (field == QLatin1String("domain"))
            return ui.domainError;
        if (field == QLatin1String("api_key"))
            return ui.apiKeyError;
        return nullptr;
    }
};

SignInDialog::SignInDialog(QWidget *parent)
    : QDialog(parent)
    , d(std::make_unique<Private>())
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to Popsell"));
    d->form = new QWidget(this);
    d->ui.setupUi(d->form);
    styleErrorLabel(d->ui.domainError);
    styleErrorLabel(d->ui.apiKeyError);
    d->ui.reasonLabel->setVisible(false);
    d->ui.keychainNotice->setVisible(false);
    d->ui.brandSpin->setSpecialValueText(tr("The domain's brand"));
    d->ui.brandSpin->setToolTip(
        tr("The brand id sent as X-Popsell-Brand. Leave it on “The domain's brand” to use "
           "the brand the domain belongs to."));
    d->ui.baseUrlEdit->setToolTip(tr("Only for a platform that does not serve the API at "
                                     "https://<domain>/api/v2."));

    d->errorLabel = makeErrorLabel(this);
    d->errorLabel->setObjectName(QStringLiteral("errorLabel"));
    d->errorLabel->setAccessibleName(tr("Error"));
    d->progress = new QProgressBar(this);
    d->progress->setRange(0, 0);
    d->progress->setTextVisible(false);
    d->progress->setMaximumHeight(6);
    d->progress->setAccessibleName(tr("Signing in"));
    d->progress->setVisible(false);

    d->buttons = new QDialogButtonBox(this);
    d->signIn = d->buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    d->signIn->setDefault(true);
    d->signIn->setAccessibleName(tr("Sign in"));
    d->sandbox = d->buttons->addButton(tr("&Open the sandbox"), QDialogButtonBox::ActionRole);
    d->sandbox->setAccessibleName(tr("Open the sandbox"));
    d->sandbox->setToolTip(tr("Demo data on a server inside the console: no account needed, "
                              "nothing reaches Popsell."));
    QPushButton *cancel = d->buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(d->form, 1);
    layout->addWidget(d->errorLabel);
    layout->addWidget(d->progress);
    layout->addWidget(d->buttons);

    connect(d->buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(d->buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(d->sandbox, &QPushButton::clicked, this, [this] {
        if (m_busy)
            return;
        clearErrors();
        setBusy(true);
        Q_EMIT sandboxRequested();
    });
    connect(d->ui.domainEdit, &QLineEdit::textChanged, this,
            &SignInDialog::updateBaseUrlPlaceholder);
    updateBaseUrlPlaceholder();
    resize(sizeHint().expandedTo(QSize(480, 0)));
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::prefill(const std::optional<auth::Profile> &profile, const QString &reason)
{
    d->prefilled = profile && !profile->sandbox ? profile : std::nullopt;
    d->ui.reasonLabel->setText(reason);
    d->ui.reasonLabel->setVisible(!reason.isEmpty());
    d->ui.apiKeyEdit->clear();
    if (d->prefilled) {
        d->ui.domainEdit->setText(d->prefilled->domain);
        d->ui.brandSpin->setValue(int(d->prefilled->brandId));
        const bool customUrl = d->prefilled->baseUrl.isValid() &&
                               d->prefilled->baseUrl != auth::defaultBaseUrl(d->prefilled->domain);
        d->ui.baseUrlEdit->setText(customUrl ? d->prefilled->baseUrl.toString() : QString());
        d->ui.rememberKey->setChecked(d->prefilled->rememberApiKey);
    }
    clearErrors();
    fitHeight();
}

void SignInDialog::setKeychainNotice(const QString &text)
{
    d->ui.keychainNotice->setText(text);
    d->ui.keychainNotice->setVisible(!text.isEmpty());
    // Nothing is remembered without a keychain: the box would promise what cannot happen.
    d->ui.rememberKey->setEnabled(text.isEmpty());
    if (!text.isEmpty())
        d->ui.rememberKey->setChecked(false);
    fitHeight();
}

void SignInDialog::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    d->form->setEnabled(!busy);
    d->signIn->setEnabled(!busy);
    d->sandbox->setEnabled(!busy);
    d->progress->setVisible(busy);
    if (busy)
        setFocus(Qt::OtherFocusReason); // not lost with the disabled form
}

void SignInDialog::showFailure(const QString &message, const QString &field)
{
    setBusy(false);
    clearErrors();
    if (QLabel *label = d->fieldLabel(field)) {
        label->setText(message);
        label->setVisible(true);
        d->errorLabel->setText(tr("Please correct the fields marked above."));
        (field == QLatin1String("domain") ? static_cast<QWidget *>(d->ui.domainEdit)
                                          : d->ui.apiKeyEdit)
            ->setFocus(Qt::OtherFocusReason);
    } else {
        d->errorLabel->setText(message);
    }
    d->errorLabel->setVisible(true);
    fitHeight();
}

void SignInDialog::signedIn()
{
    setBusy(false);
    clearErrors();
    d->ui.apiKeyEdit->clear();
    accept();
}

QString SignInDialog::errorText() const
{
    return d->errorLabel->isVisibleTo(this) ? d->errorLabel->text() : QString();
}

QString SignInDialog::fieldErrorText(const QString &field) const
{
    const QLabel *label = d->fieldLabel(field);
    return label && label->isVisibleTo(this) ? label->text() : QString();
}

QPushButton *SignInDialog::signInButton() const
{
    return d->signIn;
}

QPushButton *SignInDialog::sandboxButton() const
{
    return d->sandbox;
}

void SignInDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_busy)
        return;
    QWidget *first = d->ui.domainEdit->text().isEmpty() ? static_cast<QWidget *>(d->ui.domainEdit)
                                                        : d->ui.apiKeyEdit;
    first->setFocus(Qt::TabFocusReason);
}

void SignInDialog::reject()
{
    if (m_busy) {
        setBusy(false);
        Q_EMIT canceled();
    }
    d->ui.apiKeyEdit->clear();
    QDialog::reject();
}

void SignInDialog::submit()
{
    if (m_busy)
        return; // never sent twice
    clearErrors();
    const QString domain = auth::normalizedDomain(d->ui.domainEdit->text());
    if (domain.isEmpty()) {
        showFailure(tr("Enter the Popsell domain, for example shop.example.com."),
                    QStringLiteral("domain"));
        return;
    }
    const QString apiKey = d->ui.apiKeyEdit->text().trimmed();
    if (apiKey.isEmpty()) {
        showFailure(tr("Enter the brand's API key."), QStringLiteral("api_key"));
        return;
    }
    QUrl baseUrl = auth::defaultBaseUrl(domain);
    const QString typedUrl = d->ui.baseUrlEdit->text().trimmed();
    if (!typedUrl.isEmpty()) {
        baseUrl = QUrl::fromUserInput(typedUrl);
        if (!baseUrl.isValid() || baseUrl.host().isEmpty()) {
            showFailure(tr("“%1” is not a web address.").arg(typedUrl), QStringLiteral("domain"));
            return;
        }
    }

    auth::Profile draft;
    draft.domain = domain;
    draft.baseUrl = baseUrl;
    draft.brandId = d->ui.brandSpin->value();
    draft.rememberApiKey = d->ui.rememberKey->isChecked();
    // The same place and brand as the profile asked for: a sign-in again, which resumes
    // what that profile holds. Anything else is a new profile.
    if (d->prefilled && d->prefilled->domain == draft.domain &&
        d->prefilled->baseUrl == draft.baseUrl &&
        (draft.brandId == 0 || draft.brandId == d->prefilled->brandId)) {
        draft.id = d->prefilled->id;
        draft.brandId = d->prefilled->brandId;
        draft.brandName = d->prefilled->brandName;
    }
    setBusy(true);
    Q_EMIT signInRequested(draft, apiKey);
}

void SignInDialog::clearErrors()
{
    d->errorLabel->clear();
    d->errorLabel->setVisible(false);
    for (QLabel *label : {d->ui.domainError, d->ui.apiKeyError}) {
        label->clear();
        label->setVisible(false);
    }
}

void SignInDialog::fitHeight()
{
    // Wrapped lines (reason, notice, errors) come and go: the dialog takes the height they
    // need at its width instead of squeezing the fields.
    layout()->activate();
    const int height = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    resize(width(), std::max(height, layout()->totalMinimumSize().height()));
}

void SignInDialog::updateBaseUrlPlaceholder()
{
    const QString domain = auth::normalizedDomain(d->ui.domainEdit->text());
    d->ui.baseUrlEdit->setPlaceholderText(domain.isEmpty()
                                              ? QStringLiteral("https://<domain>/api/v2")
                                              : auth::defaultBaseUrl(domain).toString());
}

} // namespace popsell::app
