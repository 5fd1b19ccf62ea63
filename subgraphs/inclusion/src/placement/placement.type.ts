import { Connection, DateScalar, DecimalScalar, Entity } from "@coopgraph/kit";
import { Field, ID, Int, ObjectType, registerEnumType, UseMiddleware } from "type-graphql";
import { PlacementRead } from "../audit/audit.guard";
import { DisadvantageCategory, PlacementKind, PlacementOutcome, ReferringService } from "../db";

registerEnumType(DisadvantageCategory, {
  name: "DisadvantageCategory",
  description: "Persone svantaggiate of Law 381/1991 art. 4 c. 1, certified by a public administration.",
  valuesConfig: {
    PHYSICAL_DISABILITY: { description: "Invalidi fisici: people with a physical disability." },
    MENTAL_DISABILITY: { description: "Invalidi psichici: people with a mental or intellectual disability." },
    SENSORY_DISABILITY: { description: "Invalidi sensoriali: people with a sensory disability." },
    FORMER_PSYCHIATRIC_PATIENT: { description: "Ex degenti di ospedali psichiatrici, anche giudiziari: former patients of psychiatric hospitals, judicial ones included." },
    PSYCHIATRIC_TREATMENT: { description: "Soggetti in trattamento psichiatrico: people in psychiatric treatment." },
    ADDICTION: { description: "Tossicodipendenti e alcolisti: people with a drug or alcohol addiction." },
    MINOR_IN_FAMILY_DIFFICULTY: { description: "Minori in età lavorativa in situazioni di difficoltà familiare: minors of working age in family difficulty." },
    PRISONER_OR_ALTERNATIVE_MEASURE: {
      description: "Detenuti o internati, condannati e internati ammessi alle misure alternative o al lavoro all'esterno (art. 21 Law 354/1975).",
    },
  },
});

registerEnumType(ReferringService, {
  name: "ReferringService",
  description: "The public service that certifies the disadvantage and refers the person (Law 381/1991 art. 4 c. 2).",
  valuesConfig: {
    HEALTH_AUTHORITY: { description: "Azienda sanitaria (ASL)." },
    MENTAL_HEALTH_CENTRE: { description: "Centro di salute mentale (CSM)." },
    ADDICTION_SERVICE: { description: "Servizio per le dipendenze (SerD)." },
    PROBATION_OFFICE: { description: "Ufficio di esecuzione penale esterna (UEPE)." },
    SOCIAL_SERVICES: { description: "Servizi sociali del Comune." },
  },
});

registerEnumType(PlacementKind, {
  name: "PlacementKind",
  description: "EMPLOYMENT: a worker of the cooperative, counted for the 30% rule. TRAINEESHIP: a traineeship with a stipend (borsa lavoro, tirocinio), not a worker.",
});

registerEnumType(PlacementOutcome, {
  name: "PlacementOutcome",
  description: "How a placement ended: HIRED (taken on as a worker), CONTINUING (goes on in another form), ENDED (completed), DROPPED_OUT (left early).",
});

/**
 * Inserimento lavorativo. Special-category personal data (GDPR art. 9): readable only by the
 * consortium's staff, inclusion operators and the cooperative's own manager, and every read of it
 * is recorded in the audit log before it is returned.
 */
@ObjectType({ description: "Inserimento lavorativo: a disadvantaged person's work placement in a member cooperative. Every read is audited." })
@Entity()
@UseMiddleware(PlacementRead)
export class Placement {
  @Field(() => ID)
  id!: string;

  @Field(() => DisadvantageCategory)
  category!: DisadvantageCategory;

  @Field(() => ReferringService)
  referringService!: ReferringService;

  @Field({ description: "Reference of the certifying document." })
  certificationReference!: string;

  @Field(() => DateScalar)
  certificationDate!: Date;

  @Field(() => PlacementKind)
  kind!: PlacementKind;

  @Field(() => DecimalScalar, { nullable: true, description: "Monthly stipend of a traineeship, in euro; null for employment." })
  monthlyStipend!: unknown;

  @Field(() => Int)
  hoursPerWeek!: number;

  @Field({ description: "The job or task." })
  role!: string;

  @Field({ description: "Who follows the person in the cooperative." })
  tutor!: string;

  @Field(() => DateScalar)
  startDate!: Date;

  @Field(() => DateScalar, { nullable: true, description: "Null while the placement goes on." })
  endDate!: Date | null;

  @Field(() => PlacementOutcome, { nullable: true, description: "Set when the placement ends." })
  outcome!: PlacementOutcome | null;

  personId!: string;
  cooperativeId!: string;
}

export const PlacementConnection = Connection(Placement);
