-- DropIndex
DROP INDEX "MembershipApplication_cooperativeId_key";

-- CreateIndex
CREATE INDEX "MembershipApplication_cooperativeId_submittedAt_idx" ON "MembershipApplication"("cooperativeId", "submittedAt");
