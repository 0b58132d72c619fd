// Texts of the installation pages (regencies, BPJS branches, onboarding CSV). Plugged into
// web/src/i18n/id.ts and en.ts under `installation`, so a missing English text is a compile error.
export const installationId = {
  intro: 'Kabupaten/kota yang menjalankan program, akun Dinas pertamanya, dan kantor cabang BPJS Ketenagakerjaan yang melayaninya.',
  tabs: { regencies: 'Kabupaten/Kota', branches: 'Kantor Cabang BPJS', csv: 'Unggah CSV' },
  col: { code: 'Kode', name: 'Nama', province: 'Provinsi', branches: 'Dilayani kantor cabang', serves: 'Wilayah layanan', actions: 'Tindakan' },
  none: 'belum ada',
  rename: 'Ubah nama',
  renameTitle: 'Ubah nama {{code}}',
  renamed: 'Nama {{code}} diubah menjadi {{name}}.',
  add: {
    title: 'Tambah kabupaten/kota beserta akun Dinas pertamanya',
    province: 'Provinsi', regency: 'Kabupaten/kota', username: 'Nama pengguna Dinas', displayName: 'Nama lengkap',
    password: 'Kata sandi awal', passwordHint: 'Kosongkan agar dibuatkan; wajib diganti saat masuk pertama.',
    branch: 'Kantor cabang BPJS yang melayani', branchNone: 'Tentukan nanti', submit: 'Daftarkan',
  },
  branch: {
    title: 'Daftarkan kantor cabang BPJS', code: 'Kode kantor cabang', name: 'Nama kantor cabang', province: 'Provinsi', submit: 'Daftarkan',
    assign: 'Tambah wilayah', assignTitle: 'Wilayah layanan {{name}}', regencies: 'Kabupaten/kota yang dilayani', assignSubmit: 'Simpan',
    created: 'Kantor cabang {{name}} terdaftar.', assigned: 'Wilayah layanan {{name}} diperbarui.', empty: 'Belum ada kantor cabang.',
  },
  csv: {
    intro: 'Satu baris per kabupaten/kota: kolom kode, nama_pengguna, nama_lengkap, dan bila ada kata_sandi serta kantor_cabang (kode kantor cabang yang melayani). Setiap baris dilaporkan: terdaftar, sudah ada, atau ditolak beserta alasannya.',
    file: 'Berkas CSV', submit: 'Unggah dan daftarkan',
  },
  result: {
    title: 'Hasil pendaftaran', line: 'Baris', regency: 'Kabupaten/kota', username: 'Pengguna', outcome: 'Hasil', password: 'Kata sandi awal', reason: 'Keterangan',
    outcomes: { created: 'Terdaftar', exists: 'Sudah ada', refused: 'Ditolak' },
    passwordNote: 'Kata sandi awal hanya ditampilkan sekali. Serahkan kepada pemilik akun; wajib diganti saat masuk pertama.',
    summary: '{{created}} terdaftar, {{exists}} sudah ada, {{refused}} ditolak',
    branch: 'dilayani {{branch}}',
  },
};

export const installationEn: typeof installationId = {
  intro: 'Regencies and cities running the programme, their first Dinas account, and the BPJS Ketenagakerjaan branch office serving each.',
  tabs: { regencies: 'Regencies/cities', branches: 'BPJS branches', csv: 'Upload CSV' },
  col: { code: 'Code', name: 'Name', province: 'Province', branches: 'Served by branch', serves: 'Service area', actions: 'Actions' },
  none: 'none yet',
  rename: 'Rename',
  renameTitle: 'Rename {{code}}',
  renamed: '{{code}} renamed to {{name}}.',
  add: {
    title: 'Add a regency/city with its first Dinas account',
    province: 'Province', regency: 'Regency/city', username: 'Dinas username', displayName: 'Full name',
    password: 'Initial password', passwordHint: 'Leave empty to have one generated; it must be changed at first sign-in.',
    branch: 'Serving BPJS branch', branchNone: 'Decide later', submit: 'Register',
  },
  branch: {
    title: 'Register a BPJS branch office', code: 'Branch code', name: 'Branch name', province: 'Province', submit: 'Register',
    assign: 'Add regencies', assignTitle: 'Service area of {{name}}', regencies: 'Regencies/cities served', assignSubmit: 'Save',
    created: 'Branch {{name}} registered.', assigned: 'Service area of {{name}} updated.', empty: 'No branch offices yet.',
  },
  csv: {
    intro: 'One row per regency/city: columns kode, nama_pengguna, nama_lengkap and optionally kata_sandi and kantor_cabang (the code of the serving branch). Every row is reported: registered, already there, or refused with its reason.',
    file: 'CSV file', submit: 'Upload and register',
  },
  result: {
    title: 'Registration result', line: 'Line', regency: 'Regency/city', username: 'User', outcome: 'Outcome', password: 'Initial password', reason: 'Note',
    outcomes: { created: 'Registered', exists: 'Already there', refused: 'Refused' },
    passwordNote: 'Initial passwords are shown only once. Hand them to the account owners; they must be changed at first sign-in.',
    summary: '{{created}} registered, {{exists}} already there, {{refused}} refused',
    branch: 'served by {{branch}}',
  },
};
