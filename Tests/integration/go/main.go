// Command roundtrip is the Go half of protopkg's integration test. It is built in
// GOPATH mode against the Go packages that protopkg generated for examples/common and
// examples/billing, so it compiles only if the import paths, package names and gRPC
// stubs are what the manifests promise. It builds an invoice, sends it through the
// wire format and back, and prints one summary line that the test compares.
package main

import (
	"fmt"
	"os"
	"time"

	eventsv1 "example.com/acme/billing/acme/billing/events/v1"
	billingv1 "example.com/acme/billing/acme/billing/v1"
	commonv1 "example.com/acme/common/acme/common/v1"
	"google.golang.org/grpc"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/durationpb"
	"google.golang.org/protobuf/types/known/timestamppb"
)

// The generated client constructor, with the signature a service author relies on.
var newClient func(grpc.ClientConnInterface) billingv1.InvoiceServiceClient = billingv1.NewInvoiceServiceClient

// The generated server registration, likewise.
var register func(*grpc.Server, billingv1.InvoiceServiceServer) = billingv1.RegisterInvoiceServiceServer

func fail(format string, args ...interface{}) {
	fmt.Fprintf(os.Stderr, "roundtrip: "+format+"\n", args...)
	os.Exit(1)
}

func main() {
	if newClient == nil || register == nil {
		fail("generated gRPC functions are missing")
	}
	created := time.Date(2026, time.January, 1, 0, 0, 0, 0, time.UTC)
	invoice := &billingv1.Invoice{
		Id:         "inv_0001",
		CustomerId: "cus_42",
		Status:     billingv1.InvoiceStatus_INVOICE_STATUS_OPEN,
		LineItems: []*billingv1.LineItem{{
			Description: "Widget",
			Quantity:    3,
			UnitPrice:   &commonv1.Money{CurrencyCode: "EUR", Units: 12, Nanos: 500000000},
		}},
		Total:        &commonv1.Money{CurrencyCode: "EUR", Units: 37, Nanos: 500000000},
		CreateTime:   timestamppb.New(created),
		DueTime:      timestamppb.New(created.Add(30 * 24 * time.Hour)),
		PaymentTerms: durationpb.New(30 * 24 * time.Hour),
		Labels:       map[string]string{"region": "eu-west"},
		PaymentMethod: &billingv1.Invoice_Card{Card: &billingv1.CardPayment{
			LastFourDigits: "4242",
			Brand:          billingv1.CardBrand_CARD_BRAND_VISA,
		}},
	}

	wire, err := proto.Marshal(invoice)
	if err != nil {
		fail("marshal: %v", err)
	}
	decoded := &billingv1.Invoice{}
	if err := proto.Unmarshal(wire, decoded); err != nil {
		fail("unmarshal: %v", err)
	}
	if !proto.Equal(invoice, decoded) {
		fail("the decoded invoice differs from the original")
	}

	event := &eventsv1.InvoiceEvent{
		EventId:   "evt-1",
		InvoiceId: decoded.GetId(),
		Payload: &eventsv1.InvoiceEvent_Paid{Paid: &eventsv1.InvoicePaid{
			Amount: decoded.GetTotal(),
			Status: billingv1.InvoiceStatus_INVOICE_STATUS_PAID,
		}},
	}
	eventWire, err := proto.Marshal(event)
	if err != nil {
		fail("marshal event: %v", err)
	}
	decodedEvent := &eventsv1.InvoiceEvent{}
	if err := proto.Unmarshal(eventWire, decodedEvent); err != nil {
		fail("unmarshal event: %v", err)
	}

	total := decoded.GetTotal()
	fmt.Printf("invoice %s %s %s %d.%09d due %s card %s paid %s\n",
		decoded.GetId(),
		decoded.GetStatus(),
		total.GetCurrencyCode(), total.GetUnits(), total.GetNanos(),
		decoded.GetDueTime().AsTime().Format(time.RFC3339),
		decoded.GetCard().GetLastFourDigits(),
		decodedEvent.GetPaid().GetAmount().GetCurrencyCode(),
	)
}
