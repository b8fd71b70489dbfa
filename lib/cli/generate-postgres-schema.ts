/** `npm run db:schema:pg`: write prisma/postgresql/schema.prisma from prisma/schema.prisma. */
import fs from "node:fs";
import path from "node:path";
import { POSTGRES_SCHEMA_PATH, postgresSchema } from "../persistence/postgres-schema";

const target = path.resolve(POSTGRES_SCHEMA_PATH);
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, postgresSchema(fs.readFileSync(path.resolve("prisma/schema.prisma"), "utf8")));
console.log(`Wrote ${POSTGRES_SCHEMA_PATH}.`);
