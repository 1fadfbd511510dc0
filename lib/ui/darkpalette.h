#pragma once

class QObject;

namespace cp {

// Gives a Qt Quick window (its `palette`) the console's dark colours, once: the controls
// inside follow it. (Set imperatively: a binding to the palette it changes would loop.)
void applyDarkPalette(QObject *window);

} // namespace cp
