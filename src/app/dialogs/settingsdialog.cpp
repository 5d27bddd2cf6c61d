#include "app/dialogs/settingsdialog.h"

#include "app/appsettings.h"
#include "ui_settingsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QSettings>
#include <QVBoxLayout>

namespace popsell::app {

SettingsDialog::SettingsDialog(QSettings &settings, QAction &markReadOnOpen, QAction &shortcuts,
                               QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_ui(std::make_unique<Ui::SettingsForm>())
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *form = new QWidget(this);
    m_ui->setupUi(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Each language in its own words: a moderator who cannot read the current one finds it.
    m_ui->language->addItem(tr("The system's language"), QString());
    m_ui->language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_ui->language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_ui->language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    const int language =
        m_ui->language->findData(settings.value(QLatin1String(appsettings::kLanguage)).toString());
    m_ui->language->setCurrentIndex(qMax(language, 0));
    connect(m_ui->language, &QComboBox::currentIndexChanged, this, [this] {
        m_settings.setValue(QLatin1String(appsettings::kLanguage),
                            m_ui->language->currentData().toString());
    });

    using appsettings::Theme;
    m_ui->theme->addItem(tr("As the system"), int(Theme::System));
    m_ui->theme->addItem(tr("Light"), int(Theme::Light));
    m_ui->theme->addItem(tr("Dark"), int(Theme::Dark));
    m_ui->theme->setCurrentIndex(m_ui->theme->findData(int(appsettings::theme(settings))));
    connect(m_ui->theme, &QComboBox::currentIndexChanged, this, [this] {
        m_settings.setValue(QLatin1String(appsettings::kTheme),
                            appsettings::themeKey(Theme(m_ui->theme->currentData().toInt())));
        Q_EMIT themeChanged();
    });

    m_ui->refresh->setSpecialValueText(tr("Never"));
    m_ui->refresh->setSuffix(tr(" min"));
    m_ui->refresh->setValue(appsettings::refreshMinutes(settings));
    connect(m_ui->refresh, &QSpinBox::valueChanged, this, [this](int minutes) {
        m_settings.setValue(QLatin1String(appsettings::kRefreshMinutes), minutes);
        Q_EMIT refreshIntervalChanged(minutes);
    });

    m_ui->markReadOnOpen->setChecked(markReadOnOpen.isChecked());
    connect(m_ui->markReadOnOpen, &QCheckBox::toggled, &markReadOnOpen, [&markReadOnOpen](bool on) {
        if (markReadOnOpen.isChecked() != on)
            markReadOnOpen.trigger();
    });
    connect(&markReadOnOpen, &QAction::toggled, m_ui->markReadOnOpen, &QCheckBox::setChecked);
    connect(m_ui->shortcuts, &QPushButton::clicked, &shortcuts, &QAction::trigger);
}

SettingsDialog::~SettingsDialog() = default;

} // namespace popsell::app
