#pragma once

#include <QAbstractListModel>

namespace cp {

// A list model that changes its rows with row-level signals, never with a reset. The rows
// the old and the new list share at the start and at the end stay, so views keep their
// delegates, the keyboard's place and the scroll position; the rows between are removed and
// the new ones inserted; the rows kept are announced as changed. (A reset makes every view
// drop and rebuild all its delegates: it cancels those still being created, destroys the
// one whose button is being pressed, and loses the selection.)
class RowsModel : public QAbstractListModel
{
public:
    using QAbstractListModel::QAbstractListModel;

protected:
    // `key(row)` names a row (an id): rows with the same key are the same row. Answers
    // whether the number of rows changed.
    template<typename Row, typename Key>
    bool replaceRows(QList<Row> &rows, QList<Row> next, Key key)
    {
        const qsizetype before = rows.size();
        const qsizetype after = next.size();
        qsizetype head = 0;
        while (head < before && head < after && key(rows.at(head)) == key(next.at(head)))
            ++head;
        qsizetype tail = 0;
        while (tail < before - head && tail < after - head &&
               key(rows.at(before - 1 - tail)) == key(next.at(after - 1 - tail)))
            ++tail;
        if (const qsizetype removed = before - head - tail; removed > 0) {
            beginRemoveRows({}, int(head), int(head + removed - 1));
            rows.remove(head, removed);
            endRemoveRows();
        }
        if (const qsizetype inserted = after - head - tail; inserted > 0) {
            // Only the new rows come in here; the kept ones change after, announced.
            QList<Row> grown = rows.first(head);
            grown << next.sliced(head, inserted) << rows.sliced(head);
            beginInsertRows({}, int(head), int(head + inserted - 1));
            rows = std::move(grown);
            endInsertRows();
        }
        rows = std::move(next);
        if (head > 0)
            emit dataChanged(index(0), index(int(head) - 1));
        if (tail > 0)
            emit dataChanged(index(int(after - tail)), index(int(after) - 1));
        return before != after;
    }
};

} // namespace cp
