// The documents an upload field accepts (PDF and images, checked again on the server by
// app/utils/uploads.server.ts): the report form (app/modules/projects/components/report-form.tsx)
// and the document requests' steps both offer it. The report form itself moved to the projects
// module (issue 24); this file keeps its name so that the document requests' import stands.
export const DOCUMENT_ACCEPT = "application/pdf,image/png,image/jpeg,image/webp,.pdf,.png,.jpg,.jpeg,.webp";
