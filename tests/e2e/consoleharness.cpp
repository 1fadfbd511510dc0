#include "consoleharness.h"

#include <QFile>
#include <QSet>
#include <QSignalSpy>

namespace cp::test {
namespace {

void collect(QObject *object, const QString &name, QSet<QObject *> &seen, QObject *&found)
{
    if (!object || found || seen.contains(object))
        return;
    seen.insert(object);
    if (object->objectName() == name) {
        found = object;
        return;
    }
    for (QObject *child : object->children())
        collect(child, name, seen, found);
    if (auto *item = qobject_cast<QQuickItem *>(object)) {
        for (QQuickItem *child : item->childItems())
            collect(child, name, seen, found);
    }
}

} // namespace

bool copyFolder(const QString &from, const QString &to)
{
    const QDir source(from);
    for (const QString &file : source.entryList(QDir::Files)) {
        if (!QFile::copy(source.filePath(file), QDir(to).filePath(file)))
            return false;
    }
    return true;
}

ConsoleHarness::ConsoleHarness(const QString &seededDir, ConsoleOptions options)
{
    if (!copyFolder(seededDir, m_data.path())) {
        m_error = QStringLiteral("cannot copy the seeded store");
        return;
    }
    options.dataDir = m_data.path();
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    if (options.theme.isEmpty())
        options.theme = QStringLiteral("light");
    m_console = std::make_unique<Console>();
    if (const auto result = m_console->start(options); !result) {
        m_error = result.error();
        return;
    }
    QQuickWindow *shown = window();
    shown->requestActivate();
    m_started = QTest::qWaitForWindowActive(shown);
    if (!m_started)
        m_error = QStringLiteral("the window did not become active");
}

QObject *ConsoleHarness::find(const QString &objectName) const
{
    QSet<QObject *> seen;
    QObject *found = nullptr;
    collect(window(), objectName, seen, found);
    collect(window()->contentItem(), objectName, seen, found);
    for (QWindow *other : QGuiApplication::topLevelWindows()) // the scribe's window
        collect(other, objectName, seen, found);
    return found;
}

bool ConsoleHarness::focusIsIn(const QString &objectName) const
{
    const QQuickItem *target = item(objectName);
    for (QQuickItem *at = window()->activeFocusItem(); at && target; at = at->parentItem()) {
        if (at == target)
            return true;
    }
    return false;
}

QString ConsoleHarness::focusedName() const
{
    QQuickItem *focused = window()->activeFocusItem();
    for (QQuickItem *at = focused; at; at = at->parentItem()) {
        if (!at->objectName().isEmpty())
            return at->objectName();
    }
    return focused ? QString::fromLatin1(focused->metaObject()->className()) : QString();
}

bool ConsoleHarness::activate(QWindow *target)
{
    target->requestActivate();
    auto *quick = qobject_cast<QQuickWindow *>(target);
    return QTest::qWaitFor(
        [&] {
            return target->isActive() && QGuiApplication::focusWindow() == target &&
                   (!quick || quick->activeFocusItem());
        },
        5000);
}

void ConsoleHarness::press(const QString &keys, QWindow *target)
{
    QTest::keySequence(target ? target : window(), QKeySequence(keys, QKeySequence::PortableText));
}

void ConsoleHarness::type(const QString &text, QWindow *target)
{
    for (const QChar character : text) {
        if (character == u'\n')
            QTest::keyClick(target ? target : window(), Qt::Key_Return);
        else
            QTest::sendKeyEvent(QTest::Click, target ? target : window(), Qt::Key_unknown,
                                QString(character), Qt::NoModifier);
    }
}

void ConsoleHarness::click(QQuickItem *item)
{
    if (!item)
        return;
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(item->window(), Qt::LeftButton, {}, centre.toPoint());
}

QQuickItem *ConsoleHarness::row(const QString &listName, int row) const
{
    QQuickItem *list = item(listName);
    QQuickItem *delegate = nullptr;
    if (list)
        QMetaObject::invokeMethod(list, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, delegate),
                                  Q_ARG(int, row));
    return delegate;
}

bool ConsoleHarness::resize(int width, int height)
{
    QQuickWindow *shown = window();
    QSignalSpy drawn(shown, &QQuickWindow::frameSwapped);
    shown->resize(width, height);
    QQuickItem *content = shown->contentItem();
    return QTest::qWaitFor(
               [&] {
                   return shown->width() == width && shown->height() == height &&
                          content->width() == width && content->height() == height;
               },
               5000) &&
           (drawn.count() > 0 || drawn.wait(5000));
}

} // namespace cp::test
