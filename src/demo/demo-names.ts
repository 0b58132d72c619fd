/**
 * Synthetic Indonesian (Flores/NTT) names, birth places and positions: the bench generator's lists, shared
 * with the demo registry (src/demo/demo-people.ts) so both make the same kind of people. Example data.
 */
export const MALE = ['Yohanes', 'Yosef', 'Agustinus', 'Fransiskus', 'Kristoforus', 'Paulus', 'Petrus', 'Antonius', 'Dominikus', 'Hendrikus',
  'Yakobus', 'Laurensius', 'Martinus', 'Mikael', 'Nikolaus', 'Stefanus', 'Wilhelmus', 'Aloysius', 'Bernardus', 'Emanuel', 'Gabriel',
  'Gregorius', 'Ignasius', 'Kornelius', 'Marselinus', 'Oktavianus', 'Sebastianus', 'Silvester', 'Theodorus', 'Valentinus', 'Vinsensius',
  'Yulius', 'Alfonsus', 'Arnoldus', 'Benediktus', 'Blasius', 'Damianus', 'Donatus', 'Egidius', 'Fabianus', 'Felix', 'Florianus',
  'Hironimus', 'Konradus', 'Leonardus', 'Lukas', 'Markus', 'Matias', 'Modestus', 'Norbertus', 'Patrisius', 'Raimundus', 'Rofinus',
  'Servasius', 'Simon', 'Siprianus', 'Titus', 'Urbanus', 'Viktor', 'Yeremias', 'Zakarias', 'Muhammad', 'Abdul', 'Ahmad', 'Hasan',
  'Husen', 'Ismail', 'Yusuf', 'Rahmat', 'Saleh', 'Arifin', 'Hamzah', 'Ibrahim', 'Jamaludin', 'Kasim', 'Usman', 'Yakub', 'Daniel', 'Eduardus'];
export const FEMALE = ['Maria', 'Anastasia', 'Agnes', 'Angela', 'Benedikta', 'Bernadeta', 'Katarina', 'Kristina', 'Elisabet', 'Fransiska',
  'Helena', 'Yosefina', 'Yuliana', 'Margareta', 'Magdalena', 'Veronika', 'Theresia', 'Rosalia', 'Skolastika', 'Sisilia', 'Monika',
  'Lusia', 'Paulina', 'Regina', 'Susana', 'Wilhelmina', 'Yasinta', 'Emerensiana', 'Florentina', 'Goreti', 'Hildegardis', 'Imelda',
  'Karolina', 'Klara', 'Kornelia', 'Lidwina', 'Marselina', 'Natalia', 'Oktaviana', 'Petronela', 'Priska', 'Serafina', 'Stefania',
  'Yohana', 'Adriana', 'Aurelia', 'Blandina', 'Dorotea', 'Ermelinda', 'Fatimah', 'Siti', 'Aisyah', 'Halimah', 'Nurhayati', 'Khadijah',
  'Rahma', 'Zainab', 'Salma', 'Maryam', 'Yustina', 'Apolonia', 'Brigita', 'Sesilia', 'Virgina', 'Filomena', 'Germana', 'Kristiana'];
export const SURNAMES = ['Ndona', 'Nggadhi', 'Dhae', 'Bhoki', 'Lado', 'Meo', 'Ngole', 'Wea', 'Rea', 'Sola', 'Ghawa', 'Lena', 'Ea', 'Dhiu',
  'Lele', 'Laka', 'Nuwa', 'Tay', 'Bupu', 'Dopo', 'Ngura', 'Dua', 'Wawo', 'Sanga', 'Nau', 'Rema', 'Dae', 'Bebi', 'Ladja', 'Goa',
  'Djawa', 'Tonggo', 'Mite', 'Lewa', 'Beo', 'Gale', 'Pore', 'Radja', 'Sina', 'Ote', 'Keo', 'Bheda', 'Bhara', 'Dhosa', 'Ebo',
  'Fono', 'Gadi', 'Jawa', 'Kaju', 'Lobo', 'Mbulu', 'Nange', 'Nuba', 'Pati', 'Rawa', 'Sela', 'Tena', 'Wake', 'Wolo', 'Aja',
  'Bani', 'Bata', 'Benga', 'Bero', 'Bhia', 'Bola', 'Bupu', 'Dedi', 'Dhari', 'Doa', 'Dosi', 'Gae', 'Gego', 'Goru', 'Jago', 'Jehaut',
  'Kelen', 'Kota', 'Kuma', 'Lalu', 'Lamba', 'Langga', 'Lau', 'Lawe', 'Lega', 'Lio', 'Loy', 'Lusi', 'Mali', 'Mapa', 'Mbete', 'Mere',
  'Milo', 'Moi', 'Muda', 'Naja', 'Nama', 'Neno', 'Nggai', 'Ngaji', 'Nggore', 'Niga', 'Noja', 'Nusa', 'Oba', 'Padu', 'Pali', 'Para',
  'Pello', 'Pua', 'Raga', 'Ratu', 'Rena', 'Riwu', 'Ruma', 'Sae', 'Sare', 'Seda', 'Soge', 'Soro', 'Sulu', 'Taga', 'Tala', 'Tanga',
  'Tere', 'Toda', 'Tolo', 'Tuga', 'Uma', 'Wadu', 'Wara', 'Wele', 'Weto', 'Woda', 'Woga', 'Woi', 'Wula', 'Yoga', 'Daga', 'Ghale',
  'Kedang', 'Kopong', 'Kolin', 'Liwu', 'Making', 'Manuk', 'Ola', 'Paji', 'Peni', 'Sabon', 'Tokan', 'Udak', 'Hurint', 'Fernandez',
  'Da Costa', 'Da Silva', 'Parera', 'Pareira', 'Soares', 'Ximenes', 'Tukan', 'Lewar', 'Gedeona', 'Tanggu', 'Bollo', 'Ngadhi'];
export const PLACES = ['Mbay', 'Boawae', 'Mauponggo', 'Nangaroro', 'Ende', 'Bajawa', 'Maumere', 'Kupang', 'Ruteng', 'Larantuka', 'Labuan Bajo', 'Danga'];
export const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
export const POSITIONS = ['Tenaga Kontrak', 'Honorer', 'THL', 'Operator', 'Sopir', 'Cleaning Service', 'Satpam', 'Perawat', 'Bidan', 'Guru Honorer', 'Staf Administrasi'];
