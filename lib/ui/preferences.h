#pragma once

#include <QDateTime>
#include <QLocale>
#include <QObject>
#include <QTimeZone>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace cp {

// The console's language and how it shows times: in the locale's format, local or UTC.
// Both are kept in the console's settings file. The language applies from the next start
// (or --lang); the time zone applies at once.
class Preferences : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Workspace.preferences")
    Q_PROPERTY(bool utc READ utc WRITE setUtc NOTIFY utcChanged)
    Q_PROPERTY(QString zoneName READ zoneName NOTIFY utcChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString runningLanguage READ runningLanguage CONSTANT)
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)
    Q_PROPERTY(QString axisFormat READ axisFormat CONSTANT)
public:
    explicit Preferences(QObject *parent = nullptr);

    bool utc() const { return m_utc; }
    void setUtc(bool utc);
    // "UTC" or the local zone's abbreviation, for headers.
    QString zoneName() const;

    // "" follows the system; else a language code (de, en, es, fr).
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    // The language this run uses (from --lang, the setting or the system).
    QString runningLanguage() const;
    // [{code, name}] with the names in their own language; "" is the system's.
    QVariantList languages() const;
    // The language to start in: --lang if given, else the saved setting, else the system's.
    static QString startLanguage(const QString &commandLine);

    // 14:02:07 or 2:02:07 PM as the locale writes it; `utc` is passed so that QML bindings
    // follow the property.
    Q_INVOKABLE QString time(const QDateTime &at, bool utc) const;
    // The locale's short date with the time.
    Q_INVOKABLE QString dateTime(const QDateTime &at, bool utc) const;
    // The zone typed times are read in: the one times are shown in.
    QTimeZone zone() const;
    // The locale's short time format (for the chart's axis).
    QString axisFormat() const;

    // The locale's short time format with seconds added after the minutes.
    static QString timeFormatWithSeconds(const QLocale &locale);

signals:
    void utcChanged();
    void languageChanged();

private:
    QDateTime shown(const QDateTime &at, bool utc) const;

    bool m_utc = false;
    QString m_language;
};

} // namespace cp
