// The documents an upload field accepts (PDF and images, checked again on the server by
// app/utils/uploads.server.ts): the report form (app/modules/projects/components/report-form.tsx)
// and the document requests' steps both offer it, so it lives here, under neither feature.
export const DOCUMENT_ACCEPT = "application/pdf,image/png,image/jpeg,image/webp,.pdf,.png,.jpg,.jpeg,.webp";
