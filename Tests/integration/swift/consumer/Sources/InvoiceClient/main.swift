// Calls the Python InvoiceService (Tests/integration/python/grpc_roundtrip.py --serve) on
// 127.0.0.1:PORT through the stubs from the registry: a unary call that crosses every kind of
// field (acme.common.v1.Money from the other package, well-known types, a map, a oneof), a
// lookup, an error status, and a server stream. Prints one line per call; exits 1 on a mismatch.
import AcmeBillingProtos
import AcmeCommonProtos
import Foundation
import GRPCCore
import GRPCNIOTransportHTTP2
import SwiftProtobuf

func check(_ condition: Bool, _ what: @autoclosure () -> String) {
    if !condition {
        FileHandle.standardError.write(Data("swift grpc client FAILED: \(what())\n".utf8))
        exit(1)
    }
}

func eur(_ units: Int64, _ nanos: Int32 = 0) -> Acme_Common_V1_Money {
    var money = Acme_Common_V1_Money()
    money.currencyCode = "EUR"
    money.units = units
    money.nanos = nanos
    return money
}

guard CommandLine.arguments.count == 2, let port = Int(CommandLine.arguments[1]) else {
    FileHandle.standardError.write(Data("usage: InvoiceClient PORT\n".utf8))
    exit(2)
}

let createdAt: Int64 = 1_767_225_600  // 2026-01-01T00:00:00Z, what the server stamps
let thirtyDays: Int64 = 30 * 24 * 3600

try await withGRPCClient(
    transport: .http2NIOPosix(target: .ipv4(address: "127.0.0.1", port: port), transportSecurity: .plaintext)
) { client in
    let invoices = Acme_Billing_V1_InvoiceService.Client(wrapping: client)

    var widget = Acme_Billing_V1_LineItem()
    widget.description_p = "Widget"
    widget.quantity = 3
    widget.unitPrice = eur(12, 500_000_000)
    var shipping = Acme_Billing_V1_LineItem()
    shipping.description_p = "Shipping"
    shipping.quantity = 1
    shipping.unitPrice = eur(4, 990_000_000)
    var draft = Acme_Billing_V1_Invoice()
    draft.customerID = "cus_42"
    draft.lineItems = [widget, shipping]
    draft.paymentTerms = Google_Protobuf_Duration(seconds: thirtyDays)
    draft.labels = ["region": "eu-west", "channel": "web"]
    var card = Acme_Billing_V1_CardPayment()
    card.lastFourDigits = "4242"
    card.brand = .visa
    draft.card = card

    var create = Acme_Billing_V1_CreateInvoiceRequest()
    create.invoice = draft
    create.requestID = "req-swift-1"
    let created = try await invoices.createInvoice(create).invoice
    check(created.id == "inv_0001", "id: \(created.id)")
    check(created.status == .draft, "status: \(created.status)")
    check(created.total == eur(42, 490_000_000), "total: \(created.total)")
    check(created.createTime.seconds == createdAt, "create_time: \(created.createTime)")
    check(created.dueTime.seconds == createdAt + thirtyDays, "due_time: \(created.dueTime)")
    check(created.labels == ["region": "eu-west", "channel": "web"], "labels: \(created.labels)")
    check(created.card.lastFourDigits == "4242" && created.card.brand == .visa, "card: \(created.card)")
    print("CreateInvoice -> \(created.id) \(created.total.currencyCode) \(created.total.units) \(created.total.nanos)")

    var get = Acme_Billing_V1_GetInvoiceRequest()
    get.id = created.id
    let fetched = try await invoices.getInvoice(get).invoice
    check(fetched == created, "GetInvoice returned a different invoice")
    print("GetInvoice -> \(fetched.id)")

    var missing = Acme_Billing_V1_GetInvoiceRequest()
    missing.id = "inv_9999"
    do {
        _ = try await invoices.getInvoice(missing)
        check(false, "GetInvoice of an unknown id succeeded")
    } catch let error as RPCError {
        check(error.code == .notFound, "status code: \(error.code)")
        print("GetInvoice inv_9999 -> \(error.code)")
    }

    var watch = Acme_Billing_V1_WatchInvoicesRequest()
    watch.customerID = "cus_42"
    watch.heartbeatInterval = Google_Protobuf_Duration(seconds: 15)
    let kinds = try await invoices.watchInvoices(watch) { response in
        var kinds: [String] = []
        for try await message in response.messages {
            switch message.event {
            case .invoice(let invoice): kinds.append("invoice \(invoice.id)")
            case .heartbeat(let beat): kinds.append("heartbeat \(beat.sequence) at \(message.changeTime.seconds - createdAt)s")
            case nil: kinds.append("empty")
            }
        }
        return kinds
    }
    check(kinds == ["invoice inv_0001", "heartbeat 1 at 15s"], "stream: \(kinds)")
    print("WatchInvoices -> \(kinds.joined(separator: ", "))")
}
print("swift grpc client ok on port \(port)")
