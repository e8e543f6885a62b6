// An ES module application, resolved the way Node resolves it (moduleResolution node16): every
// specifier goes through the packages' `exports`.
import { Invoice, InvoiceStatus } from "@acme/billing-protos/acme/billing/v1/invoice_pb";
import { InvoiceServiceService, type InvoiceServiceServer } from "@acme/billing-protos/acme/billing/v1/invoice_service_pb.js";
import { acme } from "@acme/billing-protos";
import type { Money } from "@acme/common-protos/acme/common/v1/money_pb";
import type { JsonValue, MessageType } from "@acme/billing-protos/runtime";

const invoice: Invoice = Invoice.create({ status: InvoiceStatus.INVOICE_STATUS_PAID });
const total: Money | undefined = invoice.total;
const sameType: MessageType<Invoice> = acme.billing.v1.Invoice;
const json: JsonValue = sameType.toJSON(invoice);
const path: string = InvoiceServiceService.GetInvoice.path;
const handlers: Partial<InvoiceServiceServer> = {};
void total;
void json;
void path;
void handlers;
