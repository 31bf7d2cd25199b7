-- CreateEnum
CREATE TYPE "MayorTitle" AS ENUM ('MADAME_LA_MAIRE', 'MONSIEUR_LE_MAIRE');

-- CreateTable
CREATE TABLE "commune" (
    "insee_code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "search_name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "department_code" TEXT NOT NULL,
    "department_name" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "region_name" TEXT NOT NULL,
    "population" INTEGER NOT NULL DEFAULT 0,
    "postcodes" TEXT[],
    "mayor_title" "MayorTitle",
    "mayor_name" TEXT,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "commune_pkey" PRIMARY KEY ("insee_code")
);

-- CreateTable
CREATE TABLE "commune_postcode" (
    "postcode" TEXT NOT NULL,
    "insee_code" TEXT NOT NULL,

    CONSTRAINT "commune_postcode_pkey" PRIMARY KEY ("postcode","insee_code")
);

-- CreateIndex
CREATE UNIQUE INDEX "commune_slug_key" ON "commune"("slug");

-- CreateIndex
CREATE INDEX "commune_search_name_idx" ON "commune"("search_name" text_pattern_ops);

-- CreateIndex
CREATE INDEX "commune_postcode_postcode_idx" ON "commune_postcode"("postcode" text_pattern_ops);

-- CreateIndex
CREATE INDEX "commune_postcode_insee_code_idx" ON "commune_postcode"("insee_code");

-- AddForeignKey
ALTER TABLE "commune_postcode" ADD CONSTRAINT "commune_postcode_insee_code_fkey" FOREIGN KEY ("insee_code") REFERENCES "commune"("insee_code") ON DELETE CASCADE ON UPDATE CASCADE;
