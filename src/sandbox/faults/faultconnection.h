#pragma once

#include "sandbox/faults/faultplanner.h"
#include "sandbox/faults/httpframing.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <optional>

class QTcpSocket;

namespace popsell::sandbox::faults {

class FaultFront;

// One client connection through the fault front: reads requests one at a time, draws
// each one's fault, relays it (or not) to the real server over a connection of its own,
// and plays the answer back as the fault demands.
class FaultConnection : public QObject
{
    Q_OBJECT

public:
    FaultConnection(QTcpSocket *client, FaultFront &front);
    ~FaultConnection() override;

private:
    enum class State
    {
        Reading,   // waiting for (the rest of) a request
        Awaiting,  // the request went upstream; waiting for the whole answer
        Answering, // stalling, dripping or streaming a huge body
        Closed
    };

    struct Exchange
    {
        HttpHead head;
        BodyFraming framing;
        std::optional<FaultDecision> decision;
        bool closeAfter = false; // the client asked for Connection: close
    };

    std::optional<FaultKind> kind() const;
    void readClient();
    void processInput();
    bool beginExchange();
    void dispatch(const QByteArray &body);
    void forward(const QByteArray &body);
    void readUpstream();
    void upstreamClosed();
    bool completeResponse(bool upstreamGone);
    void deliver(HttpHead head, const QByteArray &rawHead, const QByteArray &body);
    void finishExchange();
    void hangUp();   // FIN after what was written
    void abortNow(); // drop at once
    void clientGone();
    void badRequest(int status);
    void dripNext();
    void pumpHuge();

    FaultFront &m_front;
    QTcpSocket *m_client = nullptr;
    QTcpSocket *m_upstream = nullptr;
    QByteArray m_in;
    QByteArray m_up;
    State m_state = State::Reading;
    std::optional<Exchange> m_exchange;
    QTimer m_timer;
    QByteArray m_drip;
    qsizetype m_dripPos = 0;
    qint64 m_hugeLeft = 0;
    bool m_hugeStarted = false;
    bool m_gone = false;
};

} // namespace popsell::sandbox::faults
