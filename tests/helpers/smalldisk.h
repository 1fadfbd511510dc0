#pragma once

#include <QDir>
#include <QProcess>
#include <QString>

namespace cp::test {

// A real disk that fills up: a tmpfs of `size` (as mount takes it, e.g. "384k") mounted on
// `folder` for the life of the object. Mounting needs the right to mount; isMounted() says
// whether it worked, so a test can skip where it cannot.
class SmallDisk
{
public:
    SmallDisk(const QString &folder, const QString &size)
        : m_folder(folder)
    {
        m_mounted = QDir().mkpath(folder) &&
                    mount({QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                           QStringLiteral("size=") + size, QStringLiteral("tmpfs"), folder});
    }
    ~SmallDisk()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_folder});
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool isMounted() const { return m_mounted; }
    QString path(const QString &name) const { return QDir(m_folder).filePath(name); }
    // Gives the disk more room, with what is on it kept.
    bool grow(const QString &size)
    {
        return mount({QStringLiteral("-o"), QStringLiteral("remount,size=") + size, m_folder});
    }

private:
    static bool mount(const QStringList &arguments)
    {
        return QProcess::execute(QStringLiteral("mount"), arguments) == 0;
    }

    QString m_folder;
    bool m_mounted = false;
};

} // namespace cp::test
