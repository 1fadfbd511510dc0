#include "preferences.h"

#include "consolesettings.h"

namespace cp {
namespace {
const QString UtcKey = QStringLiteral("display/utc");
const QString LanguageKey = QStringLiteral("display/language");
} // namespace

Preferences::Preferences(QObject *parent)
    : QObject(parent)
    , m_utc(ConsoleSettings::file().value(UtcKey, false).toBool())
    , m_language(ConsoleSettings::file().value(LanguageKey).toString())
{
}

void Preferences::setUtc(bool utc)
{
    if (utc == m_utc)
        return;
    m_utc = utc;
    ConsoleSettings::file().setValue(UtcKey, utc);
    emit utcChanged();
}

QString Preferences::zoneName() const
{
    return m_utc ? QStringLiteral("UTC") : QDateTime::currentDateTime().timeZoneAbbreviation();
}

void Preferences::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    ConsoleSettings::file().setValue(LanguageKey, language);
    emit languageChanged();
}

QString Preferences::runningLanguage() const
{
    return QLocale().name().section(u'_', 0, 0);
}

QVariantList Preferences::languages() const
{
    auto entry = [](const QString &code, const QString &name) {
        return QVariantMap{{QStringLiteral("code"), code}, {QStringLiteral("name"), name}};
    };
    return {entry({}, tr("System language")),
            entry(QStringLiteral("de"), QStringLiteral("Deutsch")),
            entry(QStringLiteral("en"), QStringLiteral("English")),
            entry(QStringLiteral("es"), QStringLiteral("Español")),
            entry(QStringLiteral("fr"), QStringLiteral("Français"))};
}

QString Preferences::startLanguage(const QString &commandLine)
{
    if (!commandLine.isEmpty())
        return commandLine;
    return ConsoleSettings::file().value(LanguageKey).toString();
}

QDateTime Preferences::shown(const QDateTime &at, bool utc) const
{
    return utc ? at.toUTC() : at.toLocalTime();
}

QString Preferences::time(const QDateTime &at, bool utc) const
{
    if (!at.isValid())
        return {};
    const QLocale locale;
    return locale.toString(shown(at, utc).time(), timeFormatWithSeconds(locale));
}

QString Preferences::dateTime(const QDateTime &at, bool utc) const
{
    if (!at.isValid())
        return {};
    const QLocale locale;
    const QDateTime when = shown(at, utc);
    return locale.toString(when.date(), QLocale::ShortFormat) + u' ' +
           locale.toString(when.time(), timeFormatWithSeconds(locale));
}

QTimeZone Preferences::zone() const
{
    return m_utc ? QTimeZone::utc() : QTimeZone::systemTimeZone();
}

QString Preferences::axisFormat() const
{
    return QLocale().timeFormat(QLocale::ShortFormat);
}

QString Preferences::timeFormatWithSeconds(const QLocale &locale)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    if (format.contains(u's'))
        return format;
    return format.replace(QStringLiteral("mm"), QStringLiteral("mm:ss"));
}

} // namespace cp
