// vnu-jar exports the path of the Nu Html Checker's jar (tests/e2e/first-contact.spec.ts).
declare module "vnu-jar" {
  const jar: string;
  export default jar;
}
