// Shapes of the registry API (src/workers/workers.schemas.ts) as the web app reads them.
export type WorkerGroup = 'non-asn' | 'rentan';
export type PersonStatus = 'active' | 'inactive' | 'merged';

export interface Membership {
  id: number;
  group: WorkerGroup;
  status: 'active' | 'ended';
  opdId: number | null;
  opdName: string | null;
  position: string | null;
  wage: number | null;
  employmentStart: string | null;
  occupation: string | null;
  villageCode: string | null;
  villageName: string | null;
  declaredIncome: number | null;
  welfareDecile: number | null;
  startedOn: string;
  endedOn: string | null;
  batchId: number | null;
}

interface Identity {
  id: number;
  /** Masked ("5316********0001") unless the caller holds nik:full and asked to reveal it. */
  nik: string;
  nikMasked: boolean;
  phone: string | null;
  name: string;
  birthDate: string;
  sex: 'L' | 'P';
}

export interface PersonHit extends Identity {
  villageCode: string | null;
  status: PersonStatus;
  mergedInto: number | null;
  score: number;
  memberships: Membership[];
}

export interface Person extends Identity {
  birthPlace: string | null;
  motherName: string | null;
  address: string | null;
  villageCode: string | null;
  villageName: string | null;
  status: PersonStatus;
  mergedInto: number | null;
  createdAt: string;
  updatedAt: string;
  memberships: Membership[];
}

export interface HistoryEntry {
  at: string;
  actor: string | null;
  action: string;
  changes: Record<string, unknown>;
}

export interface SearchFilters {
  q: string;
  group: WorkerGroup | null;
  opdId: number | null;
  villageCode: string | null;
  status: PersonStatus | null;
}

export type ReviewStatus = 'pending' | 'merged' | 'kept';

export interface ReviewSide extends Identity {
  birthPlace: string | null;
  address: string | null;
  villageCode: string | null;
  villageName: string | null;
  status: string;
  memberships: Membership[];
}

export interface DedupReview {
  id: number;
  score: number;
  signals: string[];
  status: ReviewStatus;
  batchId: number | null;
  keptPersonId: number | null;
  decidedBy: string | null;
  decidedAt: string | null;
  note: string | null;
  createdAt: string;
  person: ReviewSide;
  other: ReviewSide;
}
