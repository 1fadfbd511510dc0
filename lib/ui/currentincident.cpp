#include "currentincident.h"

namespace cp {

CurrentIncident::CurrentIncident(QObject *parent)
    : QObject(parent)
{
}

void CurrentIncident::setState(const IncidentState &state)
{
    m_state = state;
    m_roles.setState(m_state);
    emit changed();
}

} // namespace cp
