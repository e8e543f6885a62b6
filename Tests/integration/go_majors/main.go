// Command majors is the Go half of protopkg's major-version test. It imports the v1 and the v2
// Go modules that protopkg built for one API (acme/ledger 1.0.0 and 2.0.0, whose files set
// go_package), and the v2 module of the money API they both depend on. It compiles only if
// every generated import path carries the /vN its module needs.
package main

import (
	"fmt"

	ledgerv1 "example.com/acme/ledger/acme/ledger/v1"
	ledgerv2 "example.com/acme/ledger/v2/acme/ledger/v1"
	moneyv1 "example.com/acme/money/v2/acme/money/v1"
	"google.golang.org/protobuf/proto"
)

func main() {
	old := &ledgerv1.Entry{Id: "e1", Amount: &moneyv1.Money{CurrencyCode: "EUR", Units: 5}, Memo: "old"}
	cur := &ledgerv2.Entry{Id: "e2", Amount: &moneyv1.Money{CurrencyCode: "EUR", Units: 7}}
	for _, m := range []proto.Message{old, cur} {
		data, err := proto.Marshal(m)
		if err != nil {
			panic(err)
		}
		fmt.Printf("%s %d bytes\n", m.ProtoReflect().Descriptor().FullName(), len(data))
	}
	var book ledgerv2.Book
	book.Entries = append(book.Entries, cur)
	fmt.Printf("book %d entries, first %s %d %s\n", len(book.Entries), book.Entries[0].GetId(),
		book.Entries[0].GetAmount().GetUnits(), book.Entries[0].GetAmount().GetCurrencyCode())
}
