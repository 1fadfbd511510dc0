#pragma once

#include <QColor>
#include <QObject>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace cp {

// Every colour the console uses beyond the controls' own, light and dark, in one table:
// QML reads them as `Tones.danger` and so on, and never names a colour itself.
class Tones : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // Late, refused, in conflict, missing: act now.
    Q_PROPERTY(QColor danger READ danger CONSTANT)
    // Due soon, stale, not acknowledged: look at it.
    Q_PROPERTY(QColor caution READ caution CONSTANT)
    Q_PROPERTY(QColor blocked READ blocked CONSTANT)
    Q_PROPERTY(QColor good READ good CONSTANT)
    // A state that is neither good nor bad (working locally).
    Q_PROPERTY(QColor quiet READ quiet CONSTANT)
    // Bars and marks that carry no warning.
    Q_PROPERTY(QColor accent READ accent CONSTANT)
    // The reminder banner: its background when something is due and when something is late,
    // and its text on either.
    Q_PROPERTY(QColor dueBanner READ dueBanner CONSTANT)
    Q_PROPERTY(QColor lateBanner READ lateBanner CONSTANT)
    Q_PROPERTY(QColor bannerText READ bannerText CONSTANT)
    Q_PROPERTY(QColor dueMark READ dueMark CONSTANT)
    Q_PROPERTY(QColor lateMark READ lateMark CONSTANT)
    // A full-width alarm (a damaged store); `onStrong` is the text on it and on severities.
    Q_PROPERTY(QColor alarm READ alarm CONSTANT)
    Q_PROPERTY(QColor onStrong READ onStrong CONSTANT)
public:
    explicit Tones(bool dark, QObject *parent = nullptr);
    // The console's tones: dark ones when the workspace runs the dark theme.
    static Tones *create(QQmlEngine *, QJSEngine *);

    QColor danger() const;
    QColor caution() const;
    QColor blocked() const;
    QColor good() const;
    QColor quiet() const;
    QColor accent() const;
    QColor dueBanner() const;
    QColor lateBanner() const;
    QColor bannerText() const;
    QColor dueMark() const;
    QColor lateMark() const;
    QColor alarm() const;
    QColor onStrong() const;

    // A severity's badge (white text on it): SEV1 and SEV2 stand out, SEV5 stays quiet.
    Q_INVOKABLE QColor severity(const QString &severity) const;

private:
    QColor pick(const char *light, const char *dark) const;

    bool m_dark;
};

// Gives a Qt Quick window (its `palette`) the console's dark colours, once: the controls
// inside follow it. (Set imperatively: a binding to the palette it changes would loop.)
void applyDarkPalette(QObject *window);

} // namespace cp
