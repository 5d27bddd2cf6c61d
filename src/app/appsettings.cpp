#include "app/appsettings.h"

#include <QSettings>

namespace popsell::app::appsettings {

Theme theme(const QSettings &settings)
{
    const QString value = settings.value(QLatin1String(kTheme)).toString();
    if (value == u"dark")
        return Theme::Dark;
    if (value == u"light")
        return Theme::Light;
    return Theme::System;
}

QString themeKey(Theme theme)
{
    switch (theme) {
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::System:
        break;
    }
    return {};
}

QPalette palette(Theme theme, const QPalette &system)
{
    if (theme == Theme::System)
        return system;
    QPalette p;
    const bool dark = theme == Theme::Dark;
    const QColor window = dark ? QColor(0x2b, 0x2d, 0x31) : QColor(0xef, 0xef, 0xef);
    const QColor base = dark ? QColor(0x1e, 0x1f, 0x22) : QColor(0xff, 0xff, 0xff);
    const QColor text = dark ? QColor(0xe6, 0xe6, 0xe6) : QColor(0x1a, 0x1a, 0x1a);
    const QColor button = dark ? QColor(0x3a, 0x3c, 0x41) : QColor(0xe4, 0xe4, 0xe4);
    const QColor highlight = dark ? QColor(0x3d, 0x7e, 0xd6) : QColor(0x30, 0x8c, 0xc6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, dark ? QColor(0x26, 0x28, 0x2b) : QColor(0xf6, 0xf6, 0xf6));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText,
               dark ? QColor(0x9a, 0x9c, 0xa1) : QColor(0x70, 0x70, 0x70));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, dark ? QColor(0x6c, 0xb4, 0xff) : QColor(0x1a, 0x5f, 0xb4));
    const QColor disabled = dark ? QColor(0x7a, 0x7c, 0x80) : QColor(0x9a, 0x9a, 0x9a);
    p.setColor(QPalette::Disabled, QPalette::Text, disabled);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabled);
    return p;
}

int refreshMinutes(const QSettings &settings)
{
    return qBound(0, settings.value(QLatin1String(kRefreshMinutes), 0).toInt(), 60);
}

} // namespace popsell::app::appsettings
