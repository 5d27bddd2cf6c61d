#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace popsell::sandbox::faults {

// The target of the fault front's cross-origin redirects: another loopback port that
// answers every request with 200 and counts what reached it, so that a test can prove
// that no bearer token and no request body ever left the API's origin.
class ForeignOrigin : public QObject
{
    Q_OBJECT

public:
    struct Stats
    {
        int requests = 0;
        int authorizationHeaders = 0;
        int bodies = 0; // requests with a non-empty body
    };

    explicit ForeignOrigin(QObject *parent = nullptr);
    ~ForeignOrigin() override;

    bool listen(QString *error); // 127.0.0.1, a free port
    QByteArray origin() const;   // http://127.0.0.1:PORT
    Stats stats() const { return m_stats; }

private:
    void accept();
    void read(QTcpSocket *socket);

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    Stats m_stats;
};

} // namespace popsell::sandbox::faults
