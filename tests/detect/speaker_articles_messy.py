"""A second blind check set, made messy like scraped news: made-up Indonesian (and a few English) articles written
from docs/guideline.md and the LAYOUT of development articles only (glued paragraphs, lost full stops, inline
"Baca Juga" teasers and ad markers, datelines, bylines, captions), by someone who had not read the detectors
(annotator/detect/) nor the other made-up sets. People, institutions and events are invented. Each article:
(name, lang, text, [(excerpt of a direct quote, expected canonical speaker or None, or "<no quote>" for a quoted
phrase that is not a direct quote)], [(entity surface, PERSON | ORG | LOC)] — every PERSON/ORG/LOC mention string
the guideline makes an entity, each distinct surface once, outside boilerplate).  The expectations were written
before anything was run on the set."""

from __future__ import annotations

ARTICLES: list[tuple[str, str, str, list[tuple[str, str | None]], list[tuple[str, str]]]] = [
    ("glued-bridge", "id", """\
MADIUN, WARTAJATIM.com - Dinas Perhubungan Kota Madiun menutup sementara Jalan Pahlawan Selatan mulai Senin (9/6/2025) karena perbaikan Jembatan Kali Catur yang retak sejak awal bulan.Penutupan itu diumumkan Kepala Dishub Kota Madiun Drs. Bambang Setiyo Nugroho dalam jumpa pers di Balai Kota Madiun, Jumat (6/6/2025)."Kami minta pengendara roda empat memutar lewat Jalan Diponegoro dan Jalan Kalimantan selama kurang lebih tiga minggu," kata Bambang.Menurut dia, rambu pengalihan arus sudah dipasang di empat titik dan lampu penerangan tambahan dipasang di tikungan yang gelap.Baca Juga: Harga Beras Premium di Pasar Besar Madiun Turun Tipis Jelang Idul Adha"Petugas kami berjaga 24 jam, jadi warga tidak perlu khawatir tersesat," ujarnya Hal itu disampaikan setelah rapat koordinasi dengan Polres Madiun Kota pada Kamis malam.Kasat Lantas Polres Madiun Kota AKP Yuliana Prameswari mengatakan pihaknya menurunkan 30 personel untuk mengatur arus di simpang-simpang yang padat."Kami prioritaskan jam berangkat sekolah dan jam pulang kantor karena di situ biasanya macet panjang," kata Yuliana.Ia menambahkan, truk bermuatan berat dilarang melintas di kawasan Taman Bantaran selama perbaikan berlangsung.ADVERTISEMENTSCROLL TO CONTINUE WITH CONTENT"Kalau ada yang nekat, kami tilang di tempat. Tidak ada toleransi," tegasnya.Sementara itu, seorang pedagang di sekitar jembatan, Sutarmi (52), mengeluhkan sepinya pembeli sejak pengumuman penutupan jalan.“Baru dua hari saja sudah turun separuh, Mas. Biasanya sopir truk mampir beli kopi,” kata Sutarmi saat ditemui di lapaknya.“Mau bagaimana lagi, jembatannya memang sudah bahaya,” ujar seorang pedagang lain di dekat lapak Sutarmi.Pemkot Madiun menargetkan pekerjaan selesai sebelum Hari Bhayangkara. Anggaran perbaikan diambil dari Belanja Tidak Terduga sebesar Rp 1,8 miliar.Wali Kota Madiun Hartono Wicaksono memastikan kontraktor bekerja siang dan malam."Saya sudah cek langsung ke lokasi. Kalau molor, kontraktornya kena denda sesuai kontrak," kata Hartono usai meninjau jembatan bersama anggota DPRD Kota Madiun.Baca Juga: Wali Kota Hartono Resmikan Taman Baca di Kelurahan Nambangan Lor(Penulis: Dimas Arya | Editor: Fitri)""", [
        ("Kami minta pengendara roda empat", "Bambang Setiyo Nugroho"),
        ("Petugas kami berjaga 24 jam", "Bambang Setiyo Nugroho"),
        ("Kami prioritaskan jam berangkat", "Yuliana Prameswari"),
        ("Kalau ada yang nekat, kami tilang", "Yuliana Prameswari"),
        ("Baru dua hari saja sudah turun separuh", "Sutarmi"),
        ("Mau bagaimana lagi, jembatannya", "seorang pedagang lain"),
        ("Saya sudah cek langsung ke lokasi", "Hartono Wicaksono"),
    ], [
        ("MADIUN", "LOC"), ("WARTAJATIM", "ORG"), ("Dinas Perhubungan Kota Madiun", "ORG"),
        ("Jalan Pahlawan Selatan", "LOC"), ("Jembatan Kali Catur", "LOC"), ("Dishub Kota Madiun", "ORG"),
        ("Bambang Setiyo Nugroho", "PERSON"), ("Balai Kota Madiun", "LOC"), ("Jalan Diponegoro", "LOC"),
        ("Jalan Kalimantan", "LOC"), ("Bambang", "PERSON"), ("Polres Madiun Kota", "ORG"),
        ("Yuliana Prameswari", "PERSON"), ("Yuliana", "PERSON"), ("Taman Bantaran", "LOC"), ("Sutarmi", "PERSON"),
        ("Pemkot Madiun", "ORG"), ("Madiun", "LOC"), ("Hartono Wicaksono", "PERSON"), ("Hartono", "PERSON"),
        ("DPRD Kota Madiun", "ORG"),
    ]),
    ("alias-flood", "id", """\
Banjir Bandang Terjang Desa Cibeureum Hilir, Puluhan Rumah Terendam
Laporan Wartawan KabarPriangan.com, Rizki Maulana

GARUT, KabarPriangan.com - Banjir bandang menerjang Desa Cibeureum Hilir, Kecamatan Sukaresmi, Kabupaten Garut, Selasa (11/3/2025) dini hari. Sedikitnya 47 rumah terendam lumpur setinggi lutut orang dewasa.
Kepala Desa Cibeureum Hilir Wahyu Kusumadinata alias Kang Uyu mengatakan air datang tiba-tiba dari arah hulu Sungai Cikaengan.
“Air naik cepat sekali sekitar pukul dua dini hari. Warga banyak yang masih tidur,” kata Wahyu di balai desa.
Warga korban banjir membersihkan lumpur di halaman rumah mereka di Desa Cibeureum Hilir, Selasa (11/3/2025). (Foto: Istimewa)
Menurutnya, tidak ada korban jiwa, tetapi dua warga lanjut usia sempat terjebak di dalam rumah dan dievakuasi pemuda setempat.
Baca juga: Longsor Tutup Jalan Penghubung Dua Kecamatan di Garut Selatan
"Kami sudah minta bantuan perahu karet, tapi jalannya juga putus," ujar Uyu.
Dapur umum didirikan di halaman Masjid Al-Ikhlas. Koordinator dapur umum Nurhayati Rahmawatiatau Bu Yati menyebut bantuan dari warga desa tetangga terus berdatangan sejak pagi.
"Stok beras cukup untuk tiga hari. Yang kurang itu air bersih dan selimut untuk anak-anak," kata Yati.
Ia berharap pemerintah daerah segera mengirim tangki air bersih.
"Anak-anak sudah mulai batuk dan gatal-gatal," ucapnya.
ADVERTISEMENT
Kepala Pelaksana BPBD Kabupaten Garut, Asep Kurniawan Hidayat, mengatakan tim gabungan sudah diterjunkan ke lokasi bersama relawan Palang Merah Indonesia.
“Kami fokus pada evakuasi dan pendataan kerusakan dulu. Setelah itu baru bantuan logistik yang lebih besar,” kata Asep.
Ia menjelaskan, curah hujan di kawasan hulu tercatat sangat tinggi sejak Senin sore.
“Hulu Cikaengan itu gundul. Selama tidak ada penghijauan, kejadian seperti ini akan berulang,” katanya.
Seorang warga, Dedeh Kurniasih, mengaku kehilangan hampir seluruh perabot rumahnya.
"Kulkas, kasur, semua kena lumpur. Tinggal baju di badan," tutur Dedeh sambil menahan tangis.
Sementara itu, relawan dari Pesantren Nurul Huda Sukaresmi ikut membantu membersihkan rumah warga.
"Kita gotong royong saja, yang penting warga bisa tidur di rumah lagi malam ini," kata seorang relawan di lokasi.
Pemerintah Kabupaten Garut berencana menetapkan status tanggap darurat selama tujuh hari.
Simak Video: Detik-detik Banjir Bandang Menerjang Permukiman Warga""", [
        ("Air naik cepat sekali sekitar pukul dua", "Wahyu Kusumadinata"),
        ("Kami sudah minta bantuan perahu karet", "Wahyu Kusumadinata"),
        ("Stok beras cukup untuk tiga hari", "Nurhayati Rahmawati"),
        ("Anak-anak sudah mulai batuk", "Nurhayati Rahmawati"),
        ("Kami fokus pada evakuasi dan pendataan", "Asep Kurniawan Hidayat"),
        ("Hulu Cikaengan itu gundul", "Asep Kurniawan Hidayat"),
        ("Kulkas, kasur, semua kena lumpur", "Dedeh Kurniasih"),
        ("Kita gotong royong saja", "seorang relawan"),
    ], [
        ("Desa Cibeureum Hilir", "LOC"), ("KabarPriangan", "ORG"), ("Rizki Maulana", "PERSON"), ("GARUT", "LOC"),
        ("Kecamatan Sukaresmi", "LOC"), ("Kabupaten Garut", "LOC"), ("Cibeureum Hilir", "LOC"),
        ("Wahyu Kusumadinata", "PERSON"), ("Uyu", "PERSON"), ("Sungai Cikaengan", "LOC"), ("Wahyu", "PERSON"),
        ("Masjid Al-Ikhlas", "LOC"), ("Nurhayati Rahmawatiatau", "PERSON"), ("Yati", "PERSON"),
        ("BPBD Kabupaten Garut", "ORG"), ("Asep Kurniawan Hidayat", "PERSON"), ("Palang Merah Indonesia", "ORG"),
        ("Asep", "PERSON"), ("Cikaengan", "LOC"), ("Dedeh Kurniasih", "PERSON"), ("Dedeh", "PERSON"),
        ("Pesantren Nurul Huda Sukaresmi", "ORG"), ("Pemerintah Kabupaten Garut", "ORG"),
    ]),
    ("menurut-run", "id", """\
JAMBI, KOMPAS.com — Harga cabai merah keriting di sejumlah pasar tradisional di Kota Jambi menembus Rp 95.000 per kilogram, naik hampir dua kali lipat dalam sepekan.  Kenaikan itu dipicu gagal panen di sentra produksi Kabupaten Kerinci akibat hujan yang turun hampir setiap hari sejak akhir Januari.  Menurut ekonom Universitas Batanghari Raya, Fitra Handayani, kenaikan harga cabai kali ini lebih tajam dibanding tahun-tahun sebelumnya karena stok dari luar daerah juga menipis.  "Kalau pasokan tidak ditambah dari Sumatera Barat, harga akan terus naik sampai Lebaran. Ini bukan soal spekulan, ini murni soal barang yang tidak ada."  "Pemerintah daerah perlu membuka operasi pasar sekarang, bukan menunggu dua minggu lagi," ujarnya saat dihubungi, Rabu (12/2/2025).  Ia menyebut inflasi Jambi bulan lalu sudah di atas rata-rata nasional.  "Cabai itu penyumbang inflasi terbesar kedua setelah beras," katanya Baca juga: Harga Bawang Putih di Jambi Mulai Turun, Pedagang Lega  Di Pasar Angso Duo, para pedagang mengaku omzet mereka anjlok.  Seorang pedagang cabai, Marlina (47), mengatakan pembeli kini hanya membeli seperempat kilogram.  "Dulu orang beli sekilo, sekarang seons dua ons saja," kata Marlina.  Sementara itu, Kepala Dinas Ketahanan Pangan dan Peternakan Provinsi Jambi Syaiful Anwar Harahap mengatakan operasi pasar akan digelar mulai Senin depan di lima titik.  "Kami sudah koordinasi dengan Bulog Kanwil Jambi untuk pasokan cabai dan bawang. Masyarakat tidak usah panik," kata Syaiful.  Ia juga meminta pedagang tidak menimbun.  "Kalau ada yang menimbun, kami laporkan ke Satgas Pangan," ujar Syaiful.  Menurut Syaiful, pemerintah provinsi juga menyiapkan bantuan bibit cabai untuk petani Kerinci yang gagal panen.  "Bibitnya sudah ada, tinggal menunggu cuaca membaik," katanya.  Anggota Komisi II DPRD Provinsi Jambi, Hendri Saragih, menilai langkah itu terlambat.  "Tiap tahun polanya sama, tapi kita selalu telat," kata politikus muda itu.  Ia meminta dinas membuat peta pasokan yang bisa dipantau publik setiap hari.  "Kalau datanya terbuka, pedagang juga tidak bisa main harga," ucapnya.""", [
        ("Kalau pasokan tidak ditambah dari Sumatera Barat", "Fitra Handayani"),
        ("Pemerintah daerah perlu membuka operasi pasar", "Fitra Handayani"),
        ("Cabai itu penyumbang inflasi terbesar", "Fitra Handayani"),
        ("Dulu orang beli sekilo", "Marlina"),
        ("Kami sudah koordinasi dengan Bulog", "Syaiful Anwar Harahap"),
        ("Kalau ada yang menimbun", "Syaiful Anwar Harahap"),
        ("Bibitnya sudah ada", "Syaiful Anwar Harahap"),
        ("Tiap tahun polanya sama", "Hendri Saragih"),
        ("Kalau datanya terbuka", "Hendri Saragih"),
    ], [
        ("JAMBI", "LOC"), ("KOMPAS", "ORG"), ("Kota Jambi", "LOC"), ("Kabupaten Kerinci", "LOC"),
        ("Universitas Batanghari Raya", "ORG"), ("Fitra Handayani", "PERSON"), ("Sumatera Barat", "LOC"),
        ("Jambi", "LOC"), ("Pasar Angso Duo", "LOC"), ("Marlina", "PERSON"),
        ("Dinas Ketahanan Pangan dan Peternakan Provinsi Jambi", "ORG"), ("Syaiful Anwar Harahap", "PERSON"),
        ("Bulog Kanwil Jambi", "ORG"), ("Syaiful", "PERSON"), ("Satgas Pangan", "ORG"), ("Kerinci", "LOC"),
        ("DPRD Provinsi Jambi", "ORG"), ("Hendri Saragih", "PERSON"),
    ]),
    ("apposition-ministry", "id", """\
TEMPO.CO, Jakarta - Badan Otorita Pesisir Nusantara (BOPN) menghentikan sementara izin reklamasi di Teluk Lampung setelah ditemukan pelanggaran tata ruang oleh dua pengembang.Keputusan itu diumumkan di Kantor BOPN, Jakarta Selatan, Kamis, 15 Mei 2025.“Kami tidak melarang pembangunan, tetapi setiap meter pesisir yang ditimbun harus punya dasar hukum,” kata Deputi Bidang Pengendalian Pemanfaatan Ruang Laut Badan Otorita Pesisir Nusantara Hendra Saputra Wibisono di kantornya.Hendra menjelaskan, tim lapangan menemukan timbunan yang melewati batas izin hingga 40 meter ke arah laut.“Itu jelas di luar izin. Kami sudah kirim surat teguran kedua,” kata HendraPengembang yang disebut adalah PT Samudra Lestari Properti dan PT Bahari Permai Tbk.Direktur Utama PT Samudra Lestari Properti, Gunawan Tjandra, membantah tudingan itu.“Semua pekerjaan kami sesuai peta yang disetujui pemerintah daerah. Kami siap diaudit kapan saja,” ujar Gunawan melalui keterangan tertulis.Sementara PT Bahari Permai Tbk belum memberikan tanggapan hingga berita ini ditulis.Baca juga: Nelayan Teluk Lampung Keluhkan Hasil Tangkapan Menurun Sejak Ada TimbunanDari sisi nelayan, Ketua Himpunan Nelayan Kecil Lampung Selatan Rusdi Effendi menyambut baik penghentian itu.“Sejak ada timbunan, kami harus melaut lebih jauh. Solar habis, ikan tidak dapat,” kata Rusdi.Ia meminta pemerintah juga memulihkan kawasan mangrove yang sudah rusak.“Jangan cuma berhenti, tapi kembalikan seperti semula,” ucapnya.Kepala Biro Hukum dan Hubungan Masyarakat Badan Otorita Pesisir Nusantara, Larasati Ayuningtyas, mengatakan pemulihan mangrove masuk dalam rencana kerja tahun ini.“Kami sudah petakan 120 hektare yang perlu ditanami kembali bersama Universitas Lampung Timur,” ujar Larasati.Menurut Larasati, hasil audit akan diumumkan paling lambat akhir Juni.Pakar hukum lingkungan dari Universitas Krakatau, Prof. Dr. Yusuf Mahendra, S.H., M.H., menilai penghentian izin harus disertai sanksi.“Kalau hanya dihentikan tanpa denda, pengembang akan menghitungnya sebagai risiko bisnis biasa,” kata Yusuf.ANTARA""", [
        ("setiap meter pesisir yang ditimbun", "Hendra Saputra Wibisono"),
        ("Itu jelas di luar izin", "Hendra Saputra Wibisono"),
        ("Semua pekerjaan kami sesuai peta", "Gunawan Tjandra"),
        ("Sejak ada timbunan, kami harus melaut", "Rusdi Effendi"),
        ("Jangan cuma berhenti", "Rusdi Effendi"),
        ("Kami sudah petakan 120 hektare", "Larasati Ayuningtyas"),
        ("Kalau hanya dihentikan tanpa denda", "Yusuf Mahendra"),
    ], [
        ("TEMPO", "ORG"), ("Jakarta", "LOC"), ("Badan Otorita Pesisir Nusantara", "ORG"), ("BOPN", "ORG"),
        ("Teluk Lampung", "LOC"), ("Kantor BOPN", "LOC"), ("Jakarta Selatan", "LOC"),
        ("Hendra Saputra Wibisono", "PERSON"), ("Hendra", "PERSON"), ("PT Samudra Lestari Properti", "ORG"),
        ("PT Bahari Permai Tbk", "ORG"), ("Gunawan Tjandra", "PERSON"), ("Gunawan", "PERSON"),
        ("Himpunan Nelayan Kecil Lampung Selatan", "ORG"), ("Rusdi Effendi", "PERSON"), ("Rusdi", "PERSON"),
        ("Larasati Ayuningtyas", "PERSON"), ("Larasati", "PERSON"), ("Universitas Lampung Timur", "ORG"),
        ("Universitas Krakatau", "ORG"), ("Yusuf Mahendra", "PERSON"), ("Yusuf", "PERSON"),
    ]),
    ("podcast-qa", "id", """\
Kepala Sekolah Viral Gara-gara Larang HP, Ini Penjelasannya di Podcast
Jakarta - Kepala SMA Negeri 9 Pematangsiantar, Dra. Rosmawati Simanjuntak, M.Pd., buka suara soal kebijakan larangan telepon genggam di sekolahnya yang viral di media sosial pekan lalu.
Hal itu ia sampaikan saat menjadi tamu podcast "Ruang Guru Bicara" yang dipandu jurnalis Andika Pramudya dan tayang di kanal YouTube Suara Pendidik, Minggu (18/5/2025).
"Ibu tidak takut dibilang kolot?" tanya Andika membuka obrolan.
"Saya sudah 28 tahun jadi guru. Dibilang kolot itu sudah biasa," jawab Rosmawati sambil tertawa.
"Yang saya takutkan justru anak-anak yang tidak bisa lagi membaca satu halaman buku tanpa melihat layar," lanjutnya.
Baca juga: "Kami Bukan Musuh Teknologi", Kepala Sekolah Ini Jawab Kritik Warganet
Menurut Rosmawati, aturan itu disusun bersama komite sekolah dan disetujui sebagian besar orang tua.
Andika lalu menanyakan soal siswa yang butuh ponsel untuk urusan keluarga.
"Kalau ada keadaan darurat bagaimana, Bu?" tanya dia.
"Ada telepon sekolah di ruang tata usaha. Orang tua boleh telepon kapan saja, pasti kami sambungkan," kata Rosmawati.
Tanya: Apakah ada sanksi bagi yang melanggar?
Jawab: Ponselnya disimpan wali kelas sampai orang tua datang mengambil.
Obrolan juga menghadirkan perwakilan siswa, Timotius Hutabarat, Ketua OSIS sekolah itu.
"Awalnya kami protes, jujur saja. Tapi sekarang jam istirahat jadi lebih ramai, orang main bola dan ngobrol," ujar Timotius.
"Tapi tolong Ibu, wifi perpustakaan jangan dimatikan," sambung siswa kelas XII itu disambut tawa Rosmawati.
ADVERTISEMENT
SCROLL TO CONTINUE WITH CONTENT
Di akhir acara, Andika menyinggung kritik dari pengamat pendidikan yang menilai larangan total tidak realistis.
"Kritik itu saya terima. Kami akan evaluasi setiap semester," tutur Rosmawati.
Ketua Komite SMA Negeri 9 Pematangsiantar, Lamhot Sinaga, yang dihubungi terpisah membenarkan bahwa komite ikut menyusun aturan tersebut.
"Kami rapat tiga kali dengan orang tua. Yang tidak setuju cuma segelintir," kata Lamhot.
Sementara itu, Kepala Dinas Pendidikan Provinsi Sumatera Utara belum memberikan tanggapan.
Simak Video "Siswa SMA Serahkan HP ke Guru Setiap Pagi"
(dra/imk)""", [
        ("Ibu tidak takut dibilang kolot?", "Andika Pramudya"),
        ("Saya sudah 28 tahun jadi guru", "Rosmawati Simanjuntak"),
        ("Yang saya takutkan justru anak-anak", "Rosmawati Simanjuntak"),
        ("Kalau ada keadaan darurat bagaimana, Bu?", "Andika Pramudya"),
        ("Ada telepon sekolah di ruang tata usaha", "Rosmawati Simanjuntak"),
        ("Awalnya kami protes, jujur saja", "Timotius Hutabarat"),
        ("wifi perpustakaan jangan dimatikan", "Timotius Hutabarat"),
        ("Kritik itu saya terima", "Rosmawati Simanjuntak"),
        ("Kami rapat tiga kali dengan orang tua", "Lamhot Sinaga"),
        ("Ruang Guru Bicara", "<no quote>"),
        ("Kami Bukan Musuh Teknologi", "<no quote>"),
    ], [
        ("Jakarta", "LOC"), ("SMA Negeri 9 Pematangsiantar", "ORG"), ("Rosmawati Simanjuntak", "PERSON"),
        ("Andika Pramudya", "PERSON"), ("YouTube", "ORG"), ("Suara Pendidik", "ORG"), ("Andika", "PERSON"),
        ("Rosmawati", "PERSON"), ("Timotius Hutabarat", "PERSON"), ("Timotius", "PERSON"),
        ("Lamhot Sinaga", "PERSON"), ("Lamhot", "PERSON"), ("Dinas Pendidikan Provinsi Sumatera Utara", "ORG"),
    ]),
    ("org-statement-handles", "id", """\
Nelayan Tolak Rencana Tambang Pasir Laut di Perairan Bangka
Pangkalpinang - Rencana penambangan pasir laut di perairan timur Pulau Bangka memicu penolakan dari kelompok nelayan dan pegiat lingkungan. Ratusan nelayan menggelar aksi di depan Kantor Gubernur Kepulauan Bangka Belitung, Senin (14/4/2025).
Mereka membentangkan spanduk bertuliskan "Laut Bukan Untuk Dijual" dan menuntut izin eksplorasi PT Timah Selatan Jaya dicabut.
"Kami sudah tiga generasi hidup dari laut ini. Kalau pasirnya dikeruk, ikan pergi, kami mau makan apa?" teriak koordinator aksi, Sahrul Anam, dari atas mobil komando.
Baca Juga:Gubernur Babel Janji Temui Nelayan Pekan Depan
Koalisi Nelayan Tradisional Nusantara (KNTN) yang mendampingi aksi itu menyebut proses konsultasi publik cacat.
"Konsultasi hanya dihadiri kepala desa dan perangkatnya. Nelayan yang terdampak langsung tidak pernah diundang," demikian pernyataan resmi KNTN yang diterima wartawan.
Penolakan juga ramai di media sosial. Video aksi nelayan ditonton lebih dari dua juta kali di TikTok.
"Yang jaga laut itu nelayan, bukan perusahaan. Tolong dengar mereka," tulis akun @bujangbelinyu dalam unggahannya.
Akun X @pantaupesisir menyebut lokasi tambang tumpang tindih dengan wilayah tangkap tradisional.
"Cek peta sendiri. Titik koordinatnya masuk zona tangkap nelayan kecil," tulis akun tersebut.
ADVERTISEMENT
Direktur Operasional PT Timah Selatan Jaya, Ferdinand Kosasih, mengatakan perusahaannya baru tahap eksplorasi dan belum menambang.
"Kami belum menyentuh satu kubik pun. Semua masih kajian, dan kajian itu terbuka," kata Ferdinand saat dikonfirmasi.
Ia menambahkan, perusahaan siap berdialog dengan nelayan kapan saja.
"Pintu kami terbuka. Silakan datang ke kantor kami di Pangkalpinang," ujarnya.
Kepala Dinas Kelautan dan Perikanan Kepulauan Bangka Belitung, Ir. Rahmat Hidayatullah, menyebut pemerintah provinsi belum menerbitkan rekomendasi apa pun.
"Izinnya dari pusat. Kami hanya dimintai pertimbangan teknis, dan pertimbangan kami belum keluar," kata Rahmat.
Seorang nelayan asal Desa Tanjung Gunung, Bujang Saleh, mengaku hasil tangkapannya sudah turun sejak kapal survei mondar-mandir.
"Ikan tenggiri sudah jarang naik, Pak," ucapnya.
Aksi berakhir damai menjelang sore setelah perwakilan nelayan diterima Sekretaris Daerah.
"Kami akan kembali dengan massa yang lebih besar kalau tuntutan tidak dipenuhi," ujar salah satu orator sebelum membubarkan diri.
(sya/rdp)""", [
        ("Kami sudah tiga generasi hidup dari laut ini", "Sahrul Anam"),
        ("Konsultasi hanya dihadiri kepala desa", "Koalisi Nelayan Tradisional Nusantara"),
        ("Yang jaga laut itu nelayan", "@bujangbelinyu"),
        ("Cek peta sendiri", "@pantaupesisir"),
        ("Kami belum menyentuh satu kubik pun", "Ferdinand Kosasih"),
        ("Pintu kami terbuka", "Ferdinand Kosasih"),
        ("Izinnya dari pusat", "Rahmat Hidayatullah"),
        ("Ikan tenggiri sudah jarang naik", "Bujang Saleh"),
        ("Kami akan kembali dengan massa yang lebih besar", "salah satu orator"),
        ("Laut Bukan Untuk Dijual", "<no quote>"),
    ], [
        ("Bangka", "LOC"), ("Pangkalpinang", "LOC"), ("Pulau Bangka", "LOC"),
        ("Kantor Gubernur Kepulauan Bangka Belitung", "LOC"), ("PT Timah Selatan Jaya", "ORG"),
        ("Sahrul Anam", "PERSON"), ("Koalisi Nelayan Tradisional Nusantara", "ORG"), ("KNTN", "ORG"),
        ("TikTok", "ORG"), ("X", "ORG"), ("Ferdinand Kosasih", "PERSON"), ("Ferdinand", "PERSON"),
        ("Dinas Kelautan dan Perikanan Kepulauan Bangka Belitung", "ORG"), ("Rahmat Hidayatullah", "PERSON"),
        ("Rahmat", "PERSON"), ("Desa Tanjung Gunung", "LOC"), ("Bujang Saleh", "PERSON"),
    ]),
    ("split-quote", "id", """\
SURABAYA, WARTAJATIM.com - Rektor Universitas Teknologi Brantas, Prof. Ir. Sri Wahyuningsih, Ph.D., menyampaikan pidato pengukuhan yang menyinggung nasib dosen muda di hadapan ratusan wisudawan di Graha Brantas, Sabtu (21/6/2025).

Dalam pidatonya, Sri Wahyuningsih mengaku prihatin dengan banyaknya dosen muda yang memilih keluar dari kampus.

"Kita kehilangan anak-anak terbaik kita bukan karena mereka tidak cinta kampus. Mereka pergi karena gaji tidak cukup untuk membayar kontrakan."

"Saya tidak mau menyalahkan siapa-siapa. Kampus ini juga bagian dari masalah, dan saya sebagai rektor ikut bertanggung jawab."

"Mulai semester depan, tunjangan dosen muda kami naikkan dua kali lipat, dan itu bukan janji kampanye," kata Sri disambut tepuk tangan.

Baca juga: Universitas Teknologi Brantas Buka Jalur Beasiswa Anak Nelayan

Kebijakan itu, lanjut dia, dibiayai dari efisiensi belanja perjalanan dinas dan sewa gedung.

"Kita kurangi rapat di hotel," ucapnya, "rapat di kampus saja, ruangannya banyak yang kosong."

Ketua Serikat Dosen Muda Brantas, Aditya Nugraha, menyambut baik janji itu tetapi meminta hitam di atas putih.

"Kami senang, tapi kami butuh surat keputusan, bukan pidato," ujar Aditya.

"Tahun lalu juga ada janji, sampai sekarang tidak ada kabarnya. Jadi kami tunggu SK-nya," lanjut dosen Fakultas Teknik Sipil itu.

ADVERTISEMENT

Wakil Rektor Bidang Keuangan, Dr. Bonifasius Lewa, memastikan SK akan terbit paling lambat Agustus.

"Drafnya sudah di meja saya. Tinggal menunggu rapat senat," kata Boni, sapaan akrab Bonifasius Lewa.

Salah seorang wisudawan, Nadia Putri Larasati, mengaku tersentuh dengan pidato rektornya.

"Saya jadi kepikiran lanjut S2 dan balik mengajar di sini," katanya.

Ikatan Alumni Universitas Teknologi Brantas juga menyatakan siap membantu. Ketua ikatan alumni, Haryanto Gozali, mengatakan alumni akan menggalang dana abadi untuk dosen muda.

"Kami targetkan Rp 5 miliar dalam dua tahun. Banyak alumni yang dulu dibimbing dosen-dosen muda ini," kata Haryanto.

Editor: Lukas Widodo""", [
        ("Kita kehilangan anak-anak terbaik kita", "Sri Wahyuningsih"),
        ("Saya tidak mau menyalahkan siapa-siapa", "Sri Wahyuningsih"),
        ("Mulai semester depan, tunjangan dosen muda", "Sri Wahyuningsih"),
        ("Kita kurangi rapat di hotel", "Sri Wahyuningsih"),
        ("rapat di kampus saja", "Sri Wahyuningsih"),
        ("Kami senang, tapi kami butuh surat keputusan", "Aditya Nugraha"),
        ("Tahun lalu juga ada janji", "Aditya Nugraha"),
        ("Drafnya sudah di meja saya", "Bonifasius Lewa"),
        ("Saya jadi kepikiran lanjut S2", "Nadia Putri Larasati"),
        ("Kami targetkan Rp 5 miliar", "Haryanto Gozali"),
    ], [
        ("SURABAYA", "LOC"), ("WARTAJATIM", "ORG"), ("Universitas Teknologi Brantas", "ORG"),
        ("Sri Wahyuningsih", "PERSON"), ("Graha Brantas", "LOC"), ("Sri", "PERSON"),
        ("Serikat Dosen Muda Brantas", "ORG"), ("Aditya Nugraha", "PERSON"), ("Aditya", "PERSON"),
        ("Fakultas Teknik Sipil", "ORG"), ("Bonifasius Lewa", "PERSON"), ("Boni", "PERSON"),
        ("Nadia Putri Larasati", "PERSON"), ("Ikatan Alumni Universitas Teknologi Brantas", "ORG"),
        ("Haryanto Gozali", "PERSON"), ("Haryanto", "PERSON"),
    ]),
    ("pronoun-chain", "id", """\
Liputan6.com, Makassar - Dua kandidat ketua umum Persatuan Pengusaha Muda Sulawesi (PPMS) saling sindir dalam debat terbuka di Hotel Pantai Losari, Makassar, Jumat (7/3/2025) malam.Kandidat nomor urut satu, Arifin Baso Rahmatullah, membuka debat dengan menyinggung banyaknya anggota yang tidak aktif."Organisasi ini terlalu lama jadi tempat foto-foto. Anggota bayar iuran, tapi tidak pernah dapat apa-apa," ujarnya.Ia berjanji membuka kantor layanan perizinan di setiap kabupaten.Menurutnya, pengusaha muda di daerah paling kesulitan mengurus izin usaha."Kalau di kota besar mungkin gampang. Di Sidrap atau Pinrang, orang bisa bolak-balik lima kali," katanya.Kandidat nomor urut dua, Meilany Wongsodiharjo, menanggapi dengan nada datar.Ia mengatakan janji kantor di setiap kabupaten tidak masuk akal dengan kas organisasi saat ini."Uangnya dari mana? Saya sudah lihat laporan keuangan, kasnya tidak sampai setengah miliar," kata dia.Meilany lalu memaparkan program pendampingan ekspor yang sudah ia jalankan di perusahaannya sendiri.Baca Juga: PPMS Gelar Musyawarah Daerah, Dua Kandidat Bersaing Ketat"Saya tidak jual mimpi. Yang saya tawarkan sudah saya kerjakan," ucap Meilany.Arifin Baso tidak tinggal diam.Ia menyebut program ekspor itu hanya menguntungkan pengusaha yang sudah besar."Yang kecil-kecil ini siapa yang urus? Mereka yang paling banyak di organisasi," ujar Arifin.Debat dipandu oleh seorang akademisi dari Universitas Hasanuddin Raya."Waktu habis, mohon kedua kandidat menutup dengan satu kalimat saja," kata moderator.Keduanya lalu menyampaikan pernyataan penutup."Pilih yang bekerja, bukan yang berjanji," kata Meilany.Arifin Baso menutup dengan pantun Bugis yang disambut tepuk tangan pendukungnya."Kami siap kalah, tapi tidak siap berhenti berjuang," katanya.Ketua panitia pemilihan, Muh. Syarif Lamo, mengatakan pemungutan suara digelar Sabtu pagi dan diikuti 214 pemilik suara."Hasilnya langsung kami umumkan hari itu juga," kata Syarif.Seorang peserta dari Kabupaten Bone mengaku belum menentukan pilihan."Dua-duanya bagus, saya masih bingung," ujar peserta tersebut sambil tersenyum.""", [
        ("Organisasi ini terlalu lama jadi tempat foto-foto", "Arifin Baso Rahmatullah"),
        ("Kalau di kota besar mungkin gampang", "Arifin Baso Rahmatullah"),
        ("Uangnya dari mana?", "Meilany Wongsodiharjo"),
        ("Saya tidak jual mimpi", "Meilany Wongsodiharjo"),
        ("Yang kecil-kecil ini siapa yang urus?", "Arifin Baso Rahmatullah"),
        ("Waktu habis, mohon kedua kandidat", "moderator"),
        ("Pilih yang bekerja, bukan yang berjanji", "Meilany Wongsodiharjo"),
        ("Kami siap kalah, tapi tidak siap", "Arifin Baso Rahmatullah"),
        ("Hasilnya langsung kami umumkan", "Muh. Syarif Lamo"),
        ("Dua-duanya bagus, saya masih bingung", "peserta tersebut"),
    ], [
        ("Liputan6", "ORG"), ("Makassar", "LOC"), ("Persatuan Pengusaha Muda Sulawesi", "ORG"), ("PPMS", "ORG"),
        ("Hotel Pantai Losari", "LOC"), ("Arifin Baso Rahmatullah", "PERSON"), ("Sidrap", "LOC"),
        ("Pinrang", "LOC"), ("Meilany Wongsodiharjo", "PERSON"), ("Meilany", "PERSON"), ("Arifin Baso", "PERSON"),
        ("Arifin", "PERSON"), ("Universitas Hasanuddin Raya", "ORG"),
        ("Muh. Syarif Lamo", "PERSON"), ("Syarif", "PERSON"), ("Kabupaten Bone", "LOC"),
    ]),
    ("name-slip-headline", "id", """\
Gubernur Sulawesi Tenggara Lukman Hakim Siregar Ditanya Soal Tambang Nikel Ilegal, Begini Jawabnya
KENDARIPOS.ID - Gubernur Sulawesi Tenggara Lukman Hakim Siregar Lukman ditanya soal maraknya tambang nikel ilegal di Kabupaten Konawe Utara, begini jawabnya.
Pertanyaan itu dilontarkan wartawan usai Lukman menghadiri rapat paripurna di Gedung DPRD Sulawesi Tenggara, Kendari, Rabu (23/4/2025).
"Saya tidak akan melindungi siapa pun. Kalau ada pejabat yang bermain, silakan aparat proses," kata Lukman.
Ia mengaku sudah menerima laporan dari sejumlah kepala desa soal alat berat yang masuk kawasan hutan lindung pada malam hari.
Baca juga: Lukman Hakim Siregar: Tambang Ilegal Rugikan Daerah Ratusan Miliar
Baca juga: Sukirno Minta Polda Sultra Usut Tuntas Jalan Hauling Liar
"Laporannya sudah saya teruskan ke Polda. Saya juga minta Dinas ESDM turun langsung," ujar mantan Ketua DPRD itu.
Menurut Lukman, pemerintah provinsi tidak punya kewenangan menerbitkan izin tambang sejak aturan baru berlaku.
Aktivis lingkungan Sukirno menilai pernyataan gubernur terlalu normatif.
"Normatif semua. Kami sudah kirim bukti foto dan titik koordinat sejak tahun lalu, tidak ada yang bergerak," kata Sukirno saat dihubungi.
Sukirno yang memimpin Jaringan Advokasi Tambang Sultra (Jatam Sultra) itu meminta gubernur membentuk tim terpadu.
"Bentuk tim, umumkan nama perusahaannya. Itu baru serius," ucap Sukirno.
SCROLL TO CONTINUE WITH CONTENT
Kepala Bidang Humas Polda Sulawesi Tenggara Kombes Pol Dwi Ratnasari mengatakan penyidik sudah memeriksa tujuh saksi.
"Kami tidak pandang bulu. Siapa pun yang terlibat akan kami panggil," kata Dwi Ratnasari di Mapolda Sultra.
Ia menambahkan, dua ekskavator telah disita sebagai barang bukti.
Di Konawe Utara, warga Desa Lameruru mengaku resah dengan lalu lalang truk tambang yang merusak jalan desa.
"Jalannya hancur, debunya masuk ke rumah. Anak saya batuk terus," kata Siti Halimah, warga setempat.
Halimah berharap pemerintah segera memperbaiki jalan desa sebelum musim hujan.
"Kami tidak minta macam-macam, cukup jalannya diperbaiki," ujar ibu tiga anak itu.
Lukman sendiri berjanji akan meninjau langsung lokasi tambang ilegal di Konawe Utara pekan depan bersama jajaran kepolisian.
"Saya akan datang sendiri, tidak perlu diwakilkan," tegas Lukman.
Artikel ini telah tayang di KendariPos.id dengan judul Lukman Hakim Siregar Ditanya Soal Tambang Nikel Ilegal, Begini Jawabnya""", [
        ("Saya tidak akan melindungi siapa pun", "Lukman Hakim Siregar"),
        ("Laporannya sudah saya teruskan ke Polda", "Lukman Hakim Siregar"),
        ("Normatif semua", "Sukirno"),
        ("Bentuk tim, umumkan nama perusahaannya", "Sukirno"),
        ("Kami tidak pandang bulu", "Dwi Ratnasari"),
        ("Jalannya hancur, debunya masuk ke rumah", "Siti Halimah"),
        ("Kami tidak minta macam-macam", "Siti Halimah"),
        ("Saya akan datang sendiri", "Lukman Hakim Siregar"),
    ], [
        ("Sulawesi Tenggara", "LOC"), ("Lukman Hakim Siregar", "PERSON"), ("KENDARIPOS", "ORG"),
        ("Lukman", "PERSON"), ("Kabupaten Konawe Utara", "LOC"), ("Gedung DPRD Sulawesi Tenggara", "LOC"),
        ("Kendari", "LOC"), ("Polda", "ORG"), ("Dinas ESDM", "ORG"), ("Sukirno", "PERSON"),
        ("Jaringan Advokasi Tambang Sultra", "ORG"), ("Jatam Sultra", "ORG"),
        ("Polda Sulawesi Tenggara", "ORG"), ("Dwi Ratnasari", "PERSON"), ("Mapolda Sultra", "LOC"),
        ("Konawe Utara", "LOC"), ("Desa Lameruru", "LOC"), ("Siti Halimah", "PERSON"), ("Halimah", "PERSON"),
    ]),
    ("glued-names", "id", """\
BANDUNG, AYOBDG.com -- Pemerintah Kota Bandung mulai menerapkan sistem parkir nontunai di 40 ruas jalan mulai Senin (2/6/2025). Juru parkir yang masih menarik uang tunai akan dikenai sanksi.Kepala Dinas Perhubungan Kota Bandung Ricky Gunawan Ahmadmengatakan, sistem ini untuk menutup kebocoran pendapatan parkir yang selama ini dikeluhkan."Selama ini setoran parkir kita cuma sepertiga dari potensi. Dengan nontunai, uangnya langsung masuk kas daerah," kata Ricky di Balai Kota Bandung.Baca JugaParkir Liar di Alun-alun Bandung Ditertibkan, Jukir Kabur Saat Petugas DatangWali Kota Bandung Tjahyadi Permanaminta warga bersabar selama masa peralihan."Pasti ada kagok di awal. Tapi saya yakin dua bulan lagi semua sudah terbiasa," ujar Tjahyadi.Ia meminta petugas tidak langsung menindak juru parkir, melainkan membina lebih dulu.Sejumlah juru parkir di Jalan Braga mengaku belum paham cara kerja mesin pembaca kartu.Salah satunya, Ujang Suherman, yang sudah 15 tahun menjadi juru parkir di kawasan itu."Saya mah belum ngerti pakai mesinnya. Kemarin pelatihannya cuma sejam," kata Ujangsambil menunjukkan mesin yang baru ia terima.Pengamat kebijakan publik dari Institut Parahyangan Mandiri, Dr. Maria Ulfa Kartikasari, menilai kebijakan ini baik tetapi terburu-buru.ADVERTISEMENT"Pemerintah kota harus pastikan jaringan internetnya stabil. Kalau mesin error, juru parkir yang disalahkan," kataMaria Ulfa.Ia juga menyoroti nasib juru parkir lansia yang tidak memiliki ponsel pintar."Jangan sampai kebijakan bagus malah menyingkirkan orang kecil," tuturnyaDi sisi lain, warga menyambut baik aturan ini.Pengendara motor bernama Fadhil Ramadhan mengaku sering ditarik tarif parkir berbeda-beda."Kadang dua ribu, kadang lima ribu, tergantung mood jukirnya," ujarnyasambil tertawa.Ricky menambahkan, Dishub Kota Bandung menyiapkan 120 mesin cadangan jika terjadi gangguan."Kalau ada mesin rusak, laporkan lewat aplikasi, petugas kami datang dalam satu jam," kataRicky.Simak juga Video: Begini Cara Bayar Parkir Nontunai di Bandung""", [
        ("Selama ini setoran parkir kita", "Ricky Gunawan Ahmad"),
        ("Pasti ada kagok di awal", "Tjahyadi Permana"),
        ("Saya mah belum ngerti pakai mesinnya", "Ujang Suherman"),
        ("Pemerintah kota harus pastikan jaringan internetnya", "Maria Ulfa Kartikasari"),
        ("Jangan sampai kebijakan bagus", "Maria Ulfa Kartikasari"),
        ("Kadang dua ribu, kadang lima ribu", "Fadhil Ramadhan"),
        ("Kalau ada mesin rusak, laporkan", "Ricky Gunawan Ahmad"),
    ], [
        ("BANDUNG", "LOC"), ("AYOBDG", "ORG"), ("Pemerintah Kota Bandung", "ORG"),
        ("Dinas Perhubungan Kota Bandung", "ORG"), ("Ricky Gunawan", "PERSON"), ("Ricky", "PERSON"),
        ("Balai Kota Bandung", "LOC"), ("Bandung", "LOC"), ("Tjahyadi Permanaminta", "PERSON"),
        ("Tjahyadi", "PERSON"), ("Jalan Braga", "LOC"), ("Ujang Suherman", "PERSON"),
        ("Institut Parahyangan Mandiri", "ORG"), ("Maria Ulfa Kartikasari", "PERSON"),
        ("Maria Ulfa", "PERSON"), ("Fadhil Ramadhan", "PERSON"), ("Dishub Kota Bandung", "ORG"),
    ]),
    ("bernama-role", "id", """\
Angkot Mogok Massal di Bogor, Penumpang Terlantar Sejak Subuh
BOGOR, RADARBOGOR.id - Ratusan sopir angkutan kota (angkot) di Kota Bogor mogok beroperasi sejak Kamis (10/7/2025) pagi. Mereka memprotes rencana penghapusan tujuh trayek lama yang akan digantikan bus listrik.
Akibatnya, ratusan penumpang terlantar di sejumlah titik, terutama di sekitar Terminal Baranangsiang dan Stasiun Bogor.
"Kami bukan menolak bus listrik. Kami cuma minta dilibatkan, jangan tiba-tiba trayek kami dihapus," kata seorang sopir angkot bernama Udin Samsudin di Terminal Baranangsiang.
Udin mengaku sudah 22 tahun menarik angkot trayek 03.
"Anak saya tiga masih sekolah. Kalau trayek hilang, saya kerja apa?" ujarnya.
Baca juga: Bus Listrik Trans Pakuan Uji Coba Rute Baru Mulai Agustus
Di Stasiun Bogor, seorang guru yang hendak berangkat ke sekolah mengaku terpaksa memesan ojek daring dengan tarif dua kali lipat.
"Hari ini saya telat, murid-murid pasti sudah menunggu di kelas," kata guru tersebut.
Guru bernama Enung Suhartini itu mengajar di sebuah sekolah dasar di Kecamatan Bogor Selatan.
"Semoga cepat selesai, kasihan yang gajinya pas-pasan seperti kami," tambahnya.
Seorang mahasiswa yang menunggu di halte juga mengeluh.
"Sudah satu jam di sini, tidak ada angkot satu pun," ujar seorang mahasiswa di halte Jalan Pajajaran.
Kepala Dinas Perhubungan Kota Bogor, Dr. Eko Prasetyo Nugroho, mengatakan pemerintah kota sudah menyiapkan 40 armada bus bantuan.
"Bus bantuan sudah jalan sejak jam tujuh. Kami juga minta bantuan TNI dan Polri untuk mengangkut penumpang," kata Eko.
Menurut Eko, penghapusan trayek masih dalam tahap kajian dan belum diputuskan.
"Belum ada keputusan final. Kami akan duduk bersama Organda dan perwakilan sopir," ucapnya.
Ketua Organda Kota Bogor, Haji Mamat Rahmat, menyebut mogok itu bukan instruksi organisasinya.
"Itu spontan dari sopir. Kami sudah imbau agar tetap narik, tapi mereka sudah kecewa," kata Mamat.
Pria yang akrab disapa Abah itu juga berharap pemerintah memberi jaminan pekerjaan bagi sopir.
"Kalau memang harus diganti bus, sopirnya juga harus direkrut jadi sopir bus," kata Abah.
Hingga pukul 14.00 WIB, sebagian angkot mulai kembali beroperasi setelah perwakilan sopir diterima Sekretaris Daerah Kota Bogor.
(Radar Bogor/Aditya Pratama)""", [
        ("Kami bukan menolak bus listrik", "Udin Samsudin"),
        ("Anak saya tiga masih sekolah", "Udin Samsudin"),
        ("Hari ini saya telat", "Enung Suhartini"),
        ("Semoga cepat selesai, kasihan", "Enung Suhartini"),
        ("Sudah satu jam di sini", "seorang mahasiswa"),
        ("Bus bantuan sudah jalan sejak jam tujuh", "Eko Prasetyo Nugroho"),
        ("Belum ada keputusan final", "Eko Prasetyo Nugroho"),
        ("Itu spontan dari sopir", "Mamat Rahmat"),
        ("Kalau memang harus diganti bus", "Mamat Rahmat"),
    ], [
        ("Bogor", "LOC"), ("BOGOR", "LOC"), ("RADARBOGOR", "ORG"), ("Kota Bogor", "LOC"),
        ("Terminal Baranangsiang", "LOC"), ("Stasiun Bogor", "LOC"), ("Udin Samsudin", "PERSON"), ("Udin", "PERSON"),
        ("Enung Suhartini", "PERSON"), ("Kecamatan Bogor Selatan", "LOC"), ("Jalan Pajajaran", "LOC"),
        ("Dinas Perhubungan Kota Bogor", "ORG"), ("Eko Prasetyo Nugroho", "PERSON"), ("TNI", "ORG"),
        ("Polri", "ORG"), ("Eko", "PERSON"), ("Organda", "ORG"), ("Organda Kota Bogor", "ORG"),
        ("Mamat Rahmat", "PERSON"), ("Mamat", "PERSON"), ("Abah", "PERSON"),
    ]),
    ("initials-titles", "id", """\
REPUBLIKA.CO.ID, PALEMBANG -- Pondok Pesantren Darul Falah Ogan Ilir meluncurkan program wakaf produktif berupa kebun kopi seluas 12 hektare di Kabupaten Lahat. Program itu diresmikan oleh pengasuh pesantren, K.H. Abdul Ghofur Mansyur, Ahad (16/2/2025).Baca JugaMUI Sumsel Dorong Pesantren Kelola Wakaf ProduktifBupati Lahat Minta Petani Kopi Tak Jual Ceri MentahRibuan Santri Ikuti Khataman Akbar di Palembang"Wakaf jangan hanya berhenti jadi kuburan dan masjid. Wakaf harus menghidupi umat," kata Abdul Ghofur dalam sambutannya.Ia menjelaskan, hasil panen kopi akan dipakai untuk membiayai beasiswa santri dari keluarga tidak mampu.Ketua Badan Wakaf Nusantara Perwakilan Sumatera Selatan, Dr. H. M. Rizal Hamdani, Lc., M.A., menyebut program itu contoh yang bisa ditiru pesantren lain."Selama ini aset wakaf kita banyak yang tidur. Di Sumsel saja ada ribuan bidang tanah wakaf yang belum produktif," ujar M. Rizal.Menurut dia, pengelolaan wakaf produktif membutuhkan nazir yang profesional dan diaudit secara terbuka."Nazirnya harus bisa bikin laporan keuangan. Itu syarat kepercayaan umat," katanya.Pendamping teknis kebun, Yohanes Bosco R Situmorang dari Koperasi Petani Kopi Semende, mengatakan bibit yang ditanam adalah kopi robusta unggul lokal."Dalam tiga tahun sudah bisa panen perdana, kalau perawatannya benar," kata Yohanes.Ia menambahkan, koperasinya akan membeli seluruh hasil panen dengan harga di atas pasar.Seorang santri penerima beasiswa, A. Syukri Fadillah, mengaku bersyukur bisa melanjutkan sekolah."Bapak saya buruh sadap karet, tidak mungkin bisa bayar pondok," kata Syukri.Camat Tanjung Sakti Pumi, H. Darmawan Effendi, yang hadir dalam peresmian menyatakan dukungan pemerintah kecamatan."Jalan ke kebun akan kami usulkan diperbaiki tahun ini," kata Darmawan.Kegiatan ditutup dengan doa bersama dan penanaman bibit kopi oleh para tamu undangan.Pengasuh pesantren itu berharap program serupa bisa dikembangkan ke komoditas lain seperti karet dan kelapa."Kalau kopi berhasil, tahun depan kita coba karet," ujar kiai yang juga dosen di Universitas Islam Sriwijaya itu.Wakaf produktif itu, lanjut dia, terbuka bagi masyarakat yang ingin ikut berwakaf mulai dari Rp 100 ribu.""", [
        ("Wakaf jangan hanya berhenti jadi kuburan", "Abdul Ghofur Mansyur"),
        ("Selama ini aset wakaf kita banyak yang tidur", "M. Rizal Hamdani"),
        ("Nazirnya harus bisa bikin laporan keuangan", "M. Rizal Hamdani"),
        ("Dalam tiga tahun sudah bisa panen perdana", "Yohanes Bosco R Situmorang"),
        ("Bapak saya buruh sadap karet", "A. Syukri Fadillah"),
        ("Jalan ke kebun akan kami usulkan", "Darmawan Effendi"),
        ("Kalau kopi berhasil, tahun depan kita coba karet", "Abdul Ghofur Mansyur"),
    ], [
        ("REPUBLIKA", "ORG"), ("PALEMBANG", "LOC"), ("Pondok Pesantren Darul Falah Ogan Ilir", "ORG"),
        ("Kabupaten Lahat", "LOC"), ("Abdul Ghofur Mansyur", "PERSON"), ("Abdul Ghofur", "PERSON"),
        ("Badan Wakaf Nusantara Perwakilan Sumatera Selatan", "ORG"), ("M. Rizal Hamdani", "PERSON"),
        ("Sumsel", "LOC"), ("M. Rizal", "PERSON"), ("Yohanes Bosco R Situmorang", "PERSON"),
        ("Koperasi Petani Kopi Semende", "ORG"), ("Yohanes", "PERSON"), ("A. Syukri Fadillah", "PERSON"),
        ("Syukri", "PERSON"), ("Tanjung Sakti Pumi", "LOC"), ("Darmawan Effendi", "PERSON"),
        ("Darmawan", "PERSON"), ("Universitas Islam Sriwijaya", "ORG"),
    ]),
    ("balinese-names", "id", """\
DENPASAR, BALIEXPRESS.id – Subak Gede Pulagan di Kabupaten Gianyar menolak alih fungsi sawah untuk pembangunan vila yang direncanakan sebuah investor asal Jakarta. Penolakan itu disampaikan dalam paruman (rapat) subak di Pura Bedugul Pulagan, Minggu (9/2/2025).  Pekaseh Subak Gede Pulagan, I Wayan Sudiarsa, mengatakan seluruh krama subak sepakat mempertahankan sawah mereka.  "Sawah ini warisan leluhur. Sekali jadi vila, tidak akan pernah kembali jadi sawah," kata Sudiarsa usai paruman.  Menurut dia, sudah ada tiga petani yang didekati calon pembeli dengan tawaran harga tinggi.  "Tawarannya memang menggiurkan, tapi air subak itu milik bersama. Kalau satu petak dijual, aliran air ke petak lain ikut terganggu," ujarnya.  Baca juga: Harga Gabah di Gianyar Anjlok, Petani Minta Bulog Turun Tangan  Salah satu petani yang didekati investor, Ni Luh Putu Arini, mengaku sempat bimbang karena butuh biaya untuk pengobatan suaminya.  "Jujur saya sempat tergoda. Tapi setelah paruman ini, saya putuskan tidak jual," kata Arini.  Ia berharap ada bantuan dari pemerintah agar petani tidak terdesak menjual lahan.  "Kalau ada bantuan biaya berobat, petani tidak perlu jual sawah," tutur perempuan berusia 46 tahun itu.  Perbekel Desa Pulagan, I Ketut Bagus Mahendra, mendukung sikap subak dan berjanji memasukkan larangan alih fungsi ke dalam peraturan desa.  "Perdesnya kami rancang bulan ini. Kami juga minta pendampingan dari Universitas Udayana Jaya," kata Bagus Mahendra.  Sementara itu, Kepala Dinas Pertanian Kabupaten Gianyar, Made Suarjana, menyebut kawasan Pulagan masuk lahan sawah dilindungi.  "Secara aturan memang tidak boleh dialihfungsikan. Kalau ada yang mengurus izin, pasti kami tolak," kata Suarjana saat dihubungi.  Kadek Ayu Lestari, warga Pulagan yang bekerja di sektor pariwisata, punya pandangan berbeda.  "Anak muda di sini tidak ada yang mau jadi petani. Sawahnya nanti siapa yang garap?" kata Kadek.  Menurut Kadek, pemerintah perlu membuat bertani lebih menarik bagi generasi muda.  "Kasih pelatihan, kasih modal, baru anak muda mau," ujarnya.  Paruman ditutup dengan persembahyangan bersama di Pura Bedugul.  (Penulis: Komang Sutrisna | Editor: Ketut Wirawan)""", [
        ("Sawah ini warisan leluhur", "I Wayan Sudiarsa"),
        ("Tawarannya memang menggiurkan", "I Wayan Sudiarsa"),
        ("Jujur saya sempat tergoda", "Ni Luh Putu Arini"),
        ("Kalau ada bantuan biaya berobat", "Ni Luh Putu Arini"),
        ("Perdesnya kami rancang bulan ini", "I Ketut Bagus Mahendra"),
        ("Secara aturan memang tidak boleh", "Made Suarjana"),
        ("Anak muda di sini tidak ada yang mau", "Kadek Ayu Lestari"),
        ("Kasih pelatihan, kasih modal", "Kadek Ayu Lestari"),
    ], [
        ("DENPASAR", "LOC"), ("BALIEXPRESS", "ORG"), ("Subak Gede Pulagan", "ORG"), ("Kabupaten Gianyar", "LOC"),
        ("Jakarta", "LOC"), ("Pura Bedugul Pulagan", "LOC"), ("I Wayan Sudiarsa", "PERSON"), ("Sudiarsa", "PERSON"),
        ("Ni Luh Putu Arini", "PERSON"), ("Arini", "PERSON"), ("Desa Pulagan", "LOC"),
        ("I Ketut Bagus Mahendra", "PERSON"), ("Universitas Udayana Jaya", "ORG"), ("Bagus Mahendra", "PERSON"),
        ("Dinas Pertanian Kabupaten Gianyar", "ORG"), ("Made Suarjana", "PERSON"), ("Pulagan", "LOC"),
        ("Suarjana", "PERSON"), ("Kadek Ayu Lestari", "PERSON"), ("Kadek", "PERSON"), ("Pura Bedugul", "LOC"),
    ]),
    ("akrab-disapa-celebrity", "id", """\
Penyanyi dangdut Ratna Kumalasari yang akrab disapa Ira Kumala buka suara soal kabar retaknya hubungan dengan manajemennya. Kabar itu ramai setelah ia absen dari tiga panggung besar dalam sebulan terakhir.  ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT "Aku enggak pecah kongsi sama siapa-siapa. Aku cuma lagi capek dan butuh istirahat," ujar Kumala dalam siaran langsung Instagram pribadinya, Selasa (3/6).  Ia mengaku kelelahan setelah menjalani tur 40 kota sejak awal tahun. "Dokter bilang pita suaraku radang, jadi harus puasa nyanyi dulu," lanjutnya.  [Gambas:Video CNN]  Manajer sang penyanyi, Hendrawan Saputra atau Wawan, membenarkan kondisi kesehatan artisnya. Ia membantah tudingan bahwa pihaknya menahan honor Kumala. "Semua honor sudah dibayarkan sesuai kontrak. Kalau ada yang bilang ditahan, silakan tunjukkan buktinya," kata Wawan saat dihubungi CNNIndonesia.com. Wawan menambahkan, tiga panggung yang batal sudah dijadwalkan ulang dengan persetujuan penyelenggara. "Penyelenggaranya juga paham, tidak ada yang dirugikan," ujar dia.  Kabar keretakan itu bermula dari unggahan akun gosip @lambe_dangdut yang menyebut Kumala akan pindah ke manajemen lain. "Katanya sih udah ada yang nawar, tinggal tanda tangan," tulis akun tersebut.  ADVERTISEMENT  Kumala menanggapi unggahan itu dengan santai. "Ada-ada aja. Kalau aku pindah, kalian pasti tahu duluan dari aku, bukan dari akun gosip," katanya sambil tertawa.  Pencipta lagu langganan Kumala, Joko Santoso Wibowo alias Jack Sanjaya, ikut memberi dukungan. Ia menyebut Kumala sebagai penyanyi paling disiplin yang pernah ia tangani. "Dia datang rekaman selalu paling pagi. Istirahat itu hak dia," kata Jack.  Penggemar Kumala yang tergabung dalam Kumala Lovers Indonesia juga ramai memberi semangat di kolom komentar. Ketua komunitas itu, Siti Maryam, mengatakan para penggemar akan menggelar doa bersama di Semarang. "Kami cuma mau Teh Kumala sehat dulu, urusan manggung nanti saja," ujar Maryam.  Kumala dijadwalkan kembali tampil pada festival musik di Jakarta bulan depan.  CNNIndonesia.comtelah meminta izin kepada Ratna Kumalasari untuk mengutip siaran langsungnya.  (end/end)""", [
        ("Aku enggak pecah kongsi sama siapa-siapa", "Ratna Kumalasari"),
        ("Dokter bilang pita suaraku radang", "Ratna Kumalasari"),
        ("Semua honor sudah dibayarkan sesuai kontrak", "Hendrawan Saputra"),
        ("Penyelenggaranya juga paham", "Hendrawan Saputra"),
        ("Katanya sih udah ada yang nawar", "@lambe_dangdut"),
        ("Ada-ada aja. Kalau aku pindah", "Ratna Kumalasari"),
        ("Dia datang rekaman selalu paling pagi", "Joko Santoso Wibowo"),
        ("Kami cuma mau Teh Kumala sehat dulu", "Siti Maryam"),
    ], [
        ("Ratna Kumalasari", "PERSON"), ("Ira Kumala", "PERSON"), ("Kumala", "PERSON"), ("Instagram", "ORG"),
        ("Hendrawan Saputra", "PERSON"), ("Wawan", "PERSON"), ("CNNIndonesia", "ORG"), ("Joko Santoso Wibowo", "PERSON"),
        ("Jack Sanjaya", "PERSON"), ("Jack", "PERSON"), ("Kumala Lovers Indonesia", "ORG"), ("Siti Maryam", "PERSON"),
        ("Semarang", "LOC"), ("Maryam", "PERSON"), ("Jakarta", "LOC"),
    ]),
    ("no-speaker-pairs", "id", """\
Jakarta - Dua peneliti Universitas Nusa Cendekia, Dr. Aryo Wibisono dan Dr. Clara Hutagalung, merilis kajian yang menyebut target bauran energi terbarukan 2030 sulit dicapai. Kajian itu dipaparkan dalam diskusi daring, Kamis (5/6/2025).
"Dengan laju pembangunan pembangkit seperti sekarang, kita baru sampai separuh target di 2030," kata keduanya dalam keterangan bersama.
Menurut kajian itu, hambatan terbesar ada pada skema pembiayaan dan harga listrik energi baru yang belum menarik bagi investor.
"Investor butuh kepastian harga jangka panjang, bukan aturan yang berubah tiap dua tahun," kata Aryo.
Clara menambahkan, pembangkit listrik tenaga surya atap di rumah tangga justru tumbuh paling cepat meski tanpa insentif besar.
"Masyarakat sudah jalan duluan. Pemerintah tinggal membuka jalan, jangan malah dihambat kuota," ujar Clara.
Baca juga: PLTS Atap Diminati Warga Perumahan, Antrean Pemasangan Capai Tiga Bulan
Kajian itu ditanggapi beragam oleh peserta diskusi.
"Angkanya terlalu pesimistis. Ada banyak proyek yang sudah tanda tangan kontrak tahun ini," kata seorang peserta dari kalangan industri tanpa menyebut nama perusahaannya.
Direktur Eksekutif Institut Transisi Hijau, Bagas Anindito, justru menilai kajian itu terlalu optimistis.
"Mereka belum menghitung biaya jaringan transmisi. Kalau itu dimasukkan, angkanya lebih buruk lagi," kata Bagas.
Dalam sesi tanya jawab, pertanyaan datang dari sejumlah mahasiswa.
"Lalu apa yang bisa dilakukan anak muda?"
"Mulai dari kampus sendiri. Minta rektor pasang panel surya di atap gedung," jawab Aryo dan Clara hampir bersamaan.
SCROLL TO CONTINUE WITH CONTENT
Sementara itu, pejabat di lingkungan Kementerian Energi belum memberikan tanggapan resmi atas kajian tersebut. Pesan singkat yang dikirim wartawan belum berbalas hingga Jumat pagi.
Seorang pejabat yang enggan disebut namanya hanya memberi komentar singkat.
"Nanti kami pelajari dulu," ujar pejabat tersebut.
Kajian lengkap dapat diunduh di situs resmi Universitas Nusa Cendekia.
"Kami buka datanya agar bisa diuji siapa saja," kata para peneliti di akhir paparan.
(rfs/dnu)""", [
        ("kita baru sampai separuh target di 2030", None),
        ("Investor butuh kepastian harga jangka panjang", "Aryo Wibisono"),
        ("Masyarakat sudah jalan duluan", "Clara Hutagalung"),
        ("Angkanya terlalu pesimistis", "seorang peserta"),
        ("Mereka belum menghitung biaya jaringan transmisi", "Bagas Anindito"),
        ("Lalu apa yang bisa dilakukan anak muda?", None),
        ("Mulai dari kampus sendiri", None),
        ("Nanti kami pelajari dulu", "pejabat tersebut"),
        ("Kami buka datanya agar bisa diuji", None),
    ], [
        ("Jakarta", "LOC"),
        ("Aryo Wibisono", "PERSON"), ("Clara Hutagalung", "PERSON"), ("Aryo", "PERSON"), ("Clara", "PERSON"),
        ("Institut Transisi Hijau", "ORG"), ("Bagas Anindito", "PERSON"), ("Bagas", "PERSON"),
        ("Kementerian Energi", "ORG"), ("Universitas Nusa Cendekia", "ORG"),
    ]),
    ("quote-then-named", "id", """\
KONTAN.CO.ID - JAKARTA. Pemerintah memastikan tidak ada kenaikan tarif dasar listrik untuk pelanggan rumah tangga hingga akhir tahun. Keputusan itu diambil setelah rapat terbatas di Istana Kepresidenan, Selasa (17/6/2025). "Tarif untuk rumah tangga kecil tidak naik. Ini sudah keputusan bersama dan tidak akan berubah sampai Desember." Hal itu ditegaskan Menteri Koordinator Bidang Perekonomian Rahmadi Suryaningrat usai rapat. Ia menyebut subsidi listrik tahun ini masih cukup meski harga batu bara naik. "Ruang fiskalnya masih ada. Kita jaga daya beli masyarakat dulu," kata Rahmadi. Baca Juga: Harga Batu Bara Acuan Naik Lagi, Pengusaha Smelter Waswas  Direktur Niaga PT Listrik Nusantara Raya Tbk, Evi Marlinda Siahaan, menyatakan perusahaan siap menjalankan keputusan itu. "Kami akan tetap menjaga keandalan pasokan. Tidak ada pemadaman bergilir," ujar Evi dalam konferensi pers di Kantor Pusat PT Listrik Nusantara Raya, Jakarta Selatan. Ia menambahkan, perusahaan juga mempercepat program sambungan baru di desa-desa. "Tahun ini target kami 350 desa baru teraliri listrik. Sampai Mei sudah 120 desa." Demikian disampaikan Evi menjawab pertanyaan wartawan. Kalangan pengusaha menyambut keputusan tersebut, tetapi meminta kepastian untuk tarif industri. "Industri juga butuh kepastian. Kalau tarif industri naik, harga barang ikut naik dan ujungnya konsumen juga yang kena," kata Ketua Umum Asosiasi Industri Tekstil Jawa Tengah, Benny Kurniadi. Menurut Benny, sebagian pabrik tekstil di Jawa Tengah sudah mengurangi jam kerja karena biaya energi. Ekonom senior Lembaga Riset Ekonomi Kerakyatan, Dr. Tumpal Sihombing, mengingatkan beban subsidi yang terus membengkak. "Menahan tarif itu populer, tapi tagihannya nanti dibayar lewat utang," ujar Tumpal. Ia menyarankan pemerintah memperbaiki ketepatan sasaran subsidi lebih dulu. "Masih banyak rumah besar yang pakai meteran subsidi. Itu yang harus dibereskan," tegasnya. Rahmadi sebelumnya mengatakan pemerintah sedang memadankan data pelanggan dengan data kependudukan. Reporter: Yudho Winarto Editor: Herlina Kartika""", [
        ("Tarif untuk rumah tangga kecil tidak naik", "Rahmadi Suryaningrat"),
        ("Ruang fiskalnya masih ada", "Rahmadi Suryaningrat"),
        ("Kami akan tetap menjaga keandalan pasokan", "Evi Marlinda Siahaan"),
        ("Tahun ini target kami 350 desa", "Evi Marlinda Siahaan"),
        ("Industri juga butuh kepastian", "Benny Kurniadi"),
        ("Menahan tarif itu populer", "Tumpal Sihombing"),
        ("Masih banyak rumah besar yang pakai meteran subsidi", "Tumpal Sihombing"),
    ], [
        ("KONTAN", "ORG"), ("JAKARTA", "LOC"), ("Istana Kepresidenan", "LOC"), ("Rahmadi Suryaningrat", "PERSON"),
        ("Rahmadi", "PERSON"), ("PT Listrik Nusantara Raya Tbk", "ORG"), ("Evi Marlinda Siahaan", "PERSON"),
        ("Evi", "PERSON"), ("Kantor Pusat PT Listrik Nusantara Raya", "LOC"), ("Jakarta Selatan", "LOC"),
        ("Asosiasi Industri Tekstil Jawa Tengah", "ORG"), ("Benny Kurniadi", "PERSON"), ("Benny", "PERSON"),
        ("Jawa Tengah", "LOC"), ("Lembaga Riset Ekonomi Kerakyatan", "ORG"), ("Tumpal Sihombing", "PERSON"),
        ("Tumpal", "PERSON"),
    ]),
    ("caption-byline", "id", """\
Laporan Wartawan KabarRiau.id, Yosef Ardianto

KABARRIAU.ID, PEKANBARU - Kebakaran hutan dan lahan kembali terjadi di Kabupaten Pelalawan. Sedikitnya 35 hektare lahan gambut terbakar di Desa Sering, Kecamatan Pelalawan, sejak Sabtu (26/7/2025).

Petugas gabungan memadamkan api di lahan gambut Desa Sering, Kabupaten Pelalawan, Minggu (27/7/2025). (KabarRiau.id/Yosef Ardianto)

Komandan Regu Manggala Agni Daops Pelalawan, Suryadi Lubis, mengatakan api sulit dipadamkan karena angin kencang dan sumber air yang jauh.

"Apinya di bawah permukaan. Di atas sudah padam, tapi di dalam gambut masih menyala," kata Suryadi di lokasi, Minggu (27/7/2025).

Ia mengatakan timnya harus membuat sumur bor darurat untuk mendapatkan air.

"Kami sudah buat enam sumur bor. Kalau tidak hujan, butuh tiga sampai empat hari lagi," ucapnya.

BACA JUGA: Kabut Asap Mulai Selimuti Pekanbaru, Warga Diminta Pakai Masker

Kapolres Pelalawan AKBP Hendra Gunawan Sitorus mengatakan pihaknya sudah memeriksa dua orang terkait kebakaran itu.

"Dua orang kami periksa sebagai saksi. Kalau terbukti ada unsur kesengajaan, kami proses pidana," kata Hendra Gunawan.

Menurut dia, lahan yang terbakar sebagian merupakan konsesi milik PT Gambut Hijau Lestari.

"Perusahaan pemegang konsesi wajib menjaga lahannya. Itu tanggung jawab mereka," tegas Kapolres.

Humas PT Gambut Hijau Lestari, Rini Wulandari, membantah api berasal dari lahan perusahaannya.

"Titik api pertama justru di luar konsesi kami. Kami malah ikut membantu pemadaman dengan dua unit pompa," kata Rini melalui pesan singkat.

Warga Desa Sering mulai mengeluhkan asap yang masuk ke permukiman.

Seorang ibu rumah tangga, Nurjannah, mengatakan anaknya sudah dua hari batuk.

"Malam tidak bisa tidur, asapnya masuk ke kamar," kata Nurjannah.

Kepala Dinas Kesehatan Kabupaten Pelalawan, dr. Fauziah Rahman, mengatakan posko kesehatan sudah dibuka di kantor desa.

"Kami siapkan masker dan oksigen. Warga yang sesak napas segera datang ke posko," kata Fauziah.

Pantauan KabarRiau.id, hingga Minggu sore asap masih terlihat mengepul dari beberapa titik.

Ikuti berita terbaru KabarRiau.id di Google News""", [
        ("Apinya di bawah permukaan", "Suryadi Lubis"),
        ("Kami sudah buat enam sumur bor", "Suryadi Lubis"),
        ("Dua orang kami periksa sebagai saksi", "Hendra Gunawan Sitorus"),
        ("Perusahaan pemegang konsesi wajib", "Hendra Gunawan Sitorus"),
        ("Titik api pertama justru di luar konsesi", "Rini Wulandari"),
        ("Malam tidak bisa tidur", "Nurjannah"),
        ("Kami siapkan masker dan oksigen", "Fauziah Rahman"),
    ], [
        ("KabarRiau", "ORG"), ("Yosef Ardianto", "PERSON"), ("KABARRIAU", "ORG"), ("PEKANBARU", "LOC"),
        ("Kabupaten Pelalawan", "LOC"), ("Desa Sering", "LOC"), ("Kecamatan Pelalawan", "LOC"),
        ("Manggala Agni Daops Pelalawan", "ORG"), ("Suryadi Lubis", "PERSON"), ("Suryadi", "PERSON"),
        ("Pelalawan", "LOC"), ("Hendra Gunawan Sitorus", "PERSON"), ("Hendra Gunawan", "PERSON"),
        ("PT Gambut Hijau Lestari", "ORG"), ("Rini Wulandari", "PERSON"), ("Rini", "PERSON"), ("Nurjannah", "PERSON"),
        ("Dinas Kesehatan Kabupaten Pelalawan", "ORG"), ("Fauziah Rahman", "PERSON"), ("Fauziah", "PERSON"),
    ]),
    ("scare-quotes-headlines", "id", """\
TRIBUNJATENG.COM, SEMARANG - Program "Kampung Tanpa Sampah" yang digagas Pemkot Semarang dinilai belum menyentuh akar masalah. Sejumlah warga menyebut program itu hanya "proyek spanduk" karena tempat pembuangan sementara di kampung mereka tetap penuh.Ketua RW 05 Kelurahan Tambakrejo, Slamet Riyadi, mengatakan warga sudah memilah sampah sejak tahun lalu, tetapi truk pengangkut datang tidak menentu."Kami sudah pilah organik dan anorganik. Tapi kalau truknya datang seminggu sekali, ya menumpuk lagi," kata Slamet, Senin (19/5/2025).Ia menyebut kampungnya pernah mendapat julukan 'kampung percontohan' dari kelurahan.Baca juga: Wali Kota Semarang: "Sampah Tanggung Jawab Bersama"Menurutnya, julukan itu tidak ada artinya jika fasilitas tidak ditambah."Percontohan apa? Bak sampah saja kami beli pakai uang kas RW," ujarnya.Kepala Dinas Lingkungan Hidup Kota Semarang, Yuniarti Kusumawardhani, mengakui armada pengangkut masih kurang.Ia menggambarkan kondisi armada saat ini sebagai "jauh dari ideal" karena separuh truk berusia lebih dari 15 tahun."Tahun ini kami usulkan tambahan 12 truk. Mudah-mudahan disetujui dewan," kata Yuniarti.Ia juga mengajak warga mengikuti lomba bertema "Semarang Resik 2025" yang berhadiah total Rp 500 juta.ADVERTISEMENT"Lombanya bukan sekadar hadiah. Kami ingin kebiasaan memilah itu jadi budaya," tutur dia.Pegiat lingkungan dari Komunitas Kali Bersih Semarang, Danang Setiawan, menyebut masalah sampah Semarang tidak bisa diselesaikan dengan lomba."Masalahnya di hulu. Produsen plastik sekali pakai harus ikut bertanggung jawab," kata Danang.Danang juga mengkritik penggunaan istilah "zero waste" yang menurutnya sering dipakai tanpa pemahaman."Semua orang bilang zero waste, tapi TPA Jatibarang masih terima 900 ton sampah per hari," ucapnya.Warga lain, Sri Lestari, berharap pemkot menambah jadwal pengangkutan sebelum musim hujan."Kalau hujan, sampahnya bau dan masuk selokan," kata ibu dua anak itu.Baca juga: Danang Setiawan: "Jangan Salahkan Warga Soal Banjir"(*)""", [
        ("Kami sudah pilah organik dan anorganik", "Slamet Riyadi"),
        ("Percontohan apa?", "Slamet Riyadi"),
        ("Tahun ini kami usulkan tambahan 12 truk", "Yuniarti Kusumawardhani"),
        ("Lombanya bukan sekadar hadiah", "Yuniarti Kusumawardhani"),
        ("Masalahnya di hulu", "Danang Setiawan"),
        ("Semua orang bilang zero waste", "Danang Setiawan"),
        ("Kalau hujan, sampahnya bau", "Sri Lestari"),
        ("Kampung Tanpa Sampah", "<no quote>"),
        ("proyek spanduk", "<no quote>"),
        ("kampung percontohan", "<no quote>"),
        ("Sampah Tanggung Jawab Bersama", "<no quote>"),
        ("jauh dari ideal", "<no quote>"),
        ("Semarang Resik 2025", "<no quote>"),
        ("Jangan Salahkan Warga Soal Banjir", "<no quote>"),
    ], [
        ("TRIBUNJATENG", "ORG"), ("SEMARANG", "LOC"), ("Pemkot Semarang", "ORG"), ("Kelurahan Tambakrejo", "LOC"),
        ("Slamet Riyadi", "PERSON"), ("Slamet", "PERSON"), ("Dinas Lingkungan Hidup Kota Semarang", "ORG"),
        ("Yuniarti Kusumawardhani", "PERSON"), ("Yuniarti", "PERSON"), ("Komunitas Kali Bersih Semarang", "ORG"),
        ("Danang Setiawan", "PERSON"), ("Semarang", "LOC"), ("Danang", "PERSON"), ("TPA Jatibarang", "LOC"),
        ("Sri Lestari", "PERSON"),
    ]),
    ("council-debate", "id", """\
Rapat Anggaran Memanas, Fraksi Saling Tuding Soal Dana Hibah
MEDAN, SUMUTPOS.co - Rapat anggaran DPRD Kota Medan membahas perubahan APBD 2025 berlangsung panas, Rabu (13/8/2025). Perdebatan dipicu usulan kenaikan dana hibah untuk organisasi kemasyarakatan sebesar Rp 24 miliar.
Anggota badan anggaran dari Partai Karya Bangsa, Robert Tampubolon, mempertanyakan dasar perhitungan kenaikan itu.
"Daftar penerimanya saja belum kami lihat. Bagaimana kami bisa setuju kalau tidak tahu uangnya ke mana?" kata Robert dalam rapat.
Pernyataan itu langsung ditanggapi Ketua Fraksi Partai Amanat Rakyat, Hj. Nurhasanah Lubis.
"Jangan curiga dulu. Hibah itu untuk majelis taklim, rumah ibadah, dan organisasi pemuda yang selama ini tidak pernah dapat," kata Nurhasanah.
Robert kembali menyela.
"Kalau memang untuk rumah ibadah, tampilkan saja daftarnya. Selesai perkara," ujar politikus Partai Karya Bangsa itu.
Baca Juga: Pemko Medan Target Perubahan APBD Rampung Akhir Agustus
Suasana sempat memanas hingga pimpinan rapat, Wakil Ketua DPRD Kota Medan Zulkarnain Nasution, menskors rapat selama 15 menit.
"Kita dinginkan kepala dulu. Setelah ini tim anggaran pemerintah wajib membawa daftar penerima hibah," kata Zulkarnain sebelum mengetuk palu.
Usai skors, Sekretaris Daerah Kota Medan selaku ketua tim anggaran pemerintah daerah, Ir. Bastian Purba, memaparkan daftar sementara penerima hibah.
"Daftar ini belum final. Masih ada verifikasi faktual ke lapangan," kata Bastian.
Ia menjelaskan, setiap penerima wajib menyerahkan laporan pertanggungjawaban paling lambat tiga bulan setelah dana cair.
"Yang tidak lapor, tahun depan tidak kami beri lagi," tegasnya.
Nurhasanah mengaku puas dengan penjelasan itu.
"Sudah jelas, kan? Tidak ada yang kami sembunyikan," katanya sambil melirik ke arah Robert.
Namun Robert tetap meminta agar daftar lengkap diunggah ke situs resmi Pemko Medan.
"Publik berhak tahu. Ini uang rakyat," ucap Robert.
Pengamat anggaran dari Forum Transparansi Anggaran Sumatera Utara, Irwansyah Putra, menilai perdebatan itu sehat.
"Justru bagus kalau dewan ribut soal hibah. Yang berbahaya itu kalau semua diam dan setuju," kata Irwansyah.
Rapat dilanjutkan Kamis dengan agenda pembahasan belanja modal.
(mag-12/ril)""", [
        ("Daftar penerimanya saja belum kami lihat", "Robert Tampubolon"),
        ("Jangan curiga dulu", "Nurhasanah Lubis"),
        ("Kalau memang untuk rumah ibadah", "Robert Tampubolon"),
        ("Kita dinginkan kepala dulu", "Zulkarnain Nasution"),
        ("Daftar ini belum final", "Bastian Purba"),
        ("Yang tidak lapor, tahun depan", "Bastian Purba"),
        ("Sudah jelas, kan?", "Nurhasanah Lubis"),
        ("Publik berhak tahu", "Robert Tampubolon"),
        ("Justru bagus kalau dewan ribut", "Irwansyah Putra"),
    ], [
        ("MEDAN", "LOC"), ("SUMUTPOS", "ORG"), ("DPRD Kota Medan", "ORG"),
        ("Robert Tampubolon", "PERSON"), ("Robert", "PERSON"), ("Partai Amanat Rakyat", "ORG"),
        ("Nurhasanah Lubis", "PERSON"), ("Nurhasanah", "PERSON"), ("Partai Karya Bangsa", "ORG"),
        ("Zulkarnain Nasution", "PERSON"), ("Zulkarnain", "PERSON"), ("Kota Medan", "LOC"),
        ("Bastian Purba", "PERSON"), ("Bastian", "PERSON"), ("Pemko Medan", "ORG"),
        ("Forum Transparansi Anggaran Sumatera Utara", "ORG"), ("Irwansyah Putra", "PERSON"),
        ("Irwansyah", "PERSON"),
    ]),
    ("police-ranks", "id", """\
Jakarta - Polisi menangkap dua pria yang diduga menjambret ponsel seorang pelajar di kawasan Tanah Abang, Jakarta Pusat. Keduanya ditangkap kurang dari 24 jam setelah kejadian.Kapolsek Tanah Abang, Kompol Andreas Situmeang, mengatakan kedua tersangka berinisial RS (24) dan MF (19) ditangkap di rumah kontrakan mereka di Petamburan, Kamis (24/7/2025) dini hari."Pelaku kami identifikasi dari rekaman CCTV di sekitar lokasi. Motornya juga sudah kami sita," kata Andreas saat dihubungi, Kamis (24/7/2025).Menurut Andreas, RS berperan sebagai joki, sedangkan MF yang merampas ponsel korban.SCROLL TO CONTINUE WITH CONTENT"Pengakuannya sudah tiga kali beraksi di wilayah yang sama. Hasilnya dijual ke penadah di Jakarta Barat," ujarnyaKasi Humas Polsek Tanah Abang, Iptu Wulan Sari Dewi, menambahkan polisi masih memburu penadah tersebut."Identitas penadahnya sudah kami kantongi. Tinggal tunggu waktu," kata Wulan.Korban, seorang pelajar SMA berusia 16 tahun, sempat terseret beberapa meter saat mempertahankan ponselnya.Ibu korban, Rohani, mengaku masih trauma dengan kejadian yang menimpa anaknya."Anak saya sampai sekarang tidak mau keluar rumah sendirian," kata Rohani.Ia berterima kasih kepada polisi yang bergerak cepat.Seorang saksi, pedagang kaki lima di lokasi, mengatakan aksi penjambretan terjadi sangat cepat."Saya cuma dengar teriakan, pas saya lihat motornya sudah kabur," kata seorang saksi di lokasi kejadian.Pengamat kepolisian dari Lembaga Kajian Keamanan Publik, Bripka (Purn) Sugeng Waluyo, menilai penangkapan cepat itu patut diapresiasi.Baca Juga: Jambret Marak di Jalan Protokol, Polda Metro Minta Warga Waspada"Tapi yang lebih penting itu pencegahan. Patroli di jam pulang sekolah harus ditambah," ucap Sugeng.Ia juga meminta pemerintah daerah memperbanyak kamera pengawas di jalan-jalan rawan."Kamera yang ada sekarang banyak yang mati," katanya.Atas perbuatannya, kedua tersangka dijerat Pasal 365 KUHP tentang pencurian dengan kekerasan dengan ancaman hukuman sembilan tahun penjara.Andreas mengimbau para pelajar tidak memainkan ponsel saat berjalan di pinggir jalan."Simpan ponselnya kalau sedang di jalan. Itu cara paling gampang supaya tidak jadi sasaran," kata perwira menengah itu.(mei/mei)""", [
        ("Pelaku kami identifikasi dari rekaman CCTV", "Andreas Situmeang"),
        ("Pengakuannya sudah tiga kali beraksi", "Andreas Situmeang"),
        ("Identitas penadahnya sudah kami kantongi", "Wulan Sari Dewi"),
        ("Anak saya sampai sekarang tidak mau keluar", "Rohani"),
        ("Saya cuma dengar teriakan", "seorang saksi"),
        ("Tapi yang lebih penting itu pencegahan", "Sugeng Waluyo"),
        ("Kamera yang ada sekarang banyak yang mati", "Sugeng Waluyo"),
        ("Simpan ponselnya kalau sedang di jalan", "Andreas Situmeang"),
    ], [
        ("Jakarta", "LOC"), ("Tanah Abang", "LOC"), ("Jakarta Pusat", "LOC"), ("Andreas Situmeang", "PERSON"),
        ("RS", "PERSON"), ("MF", "PERSON"), ("Petamburan", "LOC"), ("Andreas", "PERSON"), ("Jakarta Barat", "LOC"),
        ("Polsek Tanah Abang", "ORG"), ("Wulan Sari Dewi", "PERSON"), ("Wulan", "PERSON"), ("Rohani", "PERSON"),
        ("Lembaga Kajian Keamanan Publik", "ORG"), ("Sugeng Waluyo", "PERSON"), ("Sugeng", "PERSON"),
    ]),
    ("doctors-titles", "id", """\
Kasus DBD Anak Melonjak, RSUD Cendana Bekasi Tambah Ruang Rawat
Bekasi - Kasus demam berdarah dengue (DBD) pada anak di Kota Bekasi melonjak dalam sebulan terakhir. RSUD Cendana Bekasi sampai menambah dua bangsal darurat untuk menampung pasien anak.
Direktur RSUD Cendana Bekasi, dr. Hartati Wulandari, MARS, mengatakan jumlah pasien DBD anak naik tiga kali lipat dibanding bulan lalu.
"Biasanya kami rawat sepuluh sampai lima belas anak per minggu. Sekarang bisa empat puluh," kata Hartati saat ditemui di rumah sakit, Senin (3/3/2025).
Ia menyebut sebagian besar pasien datang dalam kondisi sudah lemas karena terlambat dibawa ke fasilitas kesehatan.
"Orang tua sering mengira demam biasa. Padahal hari ketiga sampai kelima itu fase kritis," katanya.
Dokter spesialis anak di rumah sakit yang sama, dr. Melati Kusuma, Sp.A, meminta orang tua memperhatikan tanda bahaya.
"Kalau anak muntah terus, tidak mau minum, atau tangan dan kakinya dingin, langsung bawa ke IGD. Jangan tunggu besok," ujar dr. Melati.
Baca juga: Dinkes Jawa Barat Catat 12 Kematian Akibat DBD Sejak Januari
Pakar epidemiologi dari Universitas Bina Husada, Prof. Dr. Harun Al Rasyid, M.Kes., menilai lonjakan kasus berkaitan dengan cuaca yang tidak menentu.
"Hujan lalu panas lalu hujan lagi. Itu kondisi ideal buat nyamuk berkembang biak," kata Prof. Harun.
Menurut Harun, gerakan menguras dan menutup tempat penampungan air harus kembali digalakkan di tingkat RT.
"Fogging itu hanya membunuh nyamuk dewasa. Jentiknya tetap hidup," ujarnya.
ADVERTISEMENT
SCROLL TO CONTINUE WITH CONTENT
Kepala Dinas Kesehatan Kota Bekasi, dr. Bambang Irawan, Sp.PD, menyebut pihaknya sudah menerjunkan juru pemantau jentik ke 12 kecamatan.
"Setiap rumah kami minta punya satu kader jumantik. Dari keluarga sendiri, tidak perlu orang luar," kata Bambang.
Ia juga mengingatkan puskesmas untuk segera merujuk pasien dengan trombosit rendah.
Salah satu orang tua pasien, Pak Suwandi, mengaku anaknya dirawat sejak Jumat.
"Awalnya saya kira cuma masuk angin. Untung istri saya curiga dan langsung bawa ke sini," kata Pak Suwandi sambil menunggui anaknya.
Ia berharap pemerintah rutin melakukan pemberantasan sarang nyamuk di kampungnya di Kelurahan Jatiwaringin.
"Got di kampung kami mampet, airnya menggenang berminggu-minggu," ucap Suwandi.
Hartati memastikan stok cairan infus dan obat di rumah sakitnya masih aman.
"Kami sudah koordinasi dengan dinas untuk tambahan stok kalau kasus terus naik," pungkas Direktur RSUD Cendana Bekasi itu.
(naf/fds)""", [
        ("Biasanya kami rawat sepuluh", "Hartati Wulandari"),
        ("Orang tua sering mengira demam biasa", "Hartati Wulandari"),
        ("Kalau anak muntah terus", "Melati Kusuma"),
        ("Hujan lalu panas lalu hujan lagi", "Harun Al Rasyid"),
        ("Fogging itu hanya membunuh nyamuk dewasa", "Harun Al Rasyid"),
        ("Setiap rumah kami minta punya satu kader", "Bambang Irawan"),
        ("Awalnya saya kira cuma masuk angin", "Suwandi"),
        ("Got di kampung kami mampet", "Suwandi"),
        ("Kami sudah koordinasi dengan dinas untuk tambahan", "Hartati Wulandari"),
    ], [
        ("RSUD Cendana Bekasi", "ORG"), ("Bekasi", "LOC"), ("Kota Bekasi", "LOC"), ("Hartati Wulandari", "PERSON"),
        ("Hartati", "PERSON"), ("Melati Kusuma", "PERSON"), ("Melati", "PERSON"), ("Universitas Bina Husada", "ORG"),
        ("Harun Al Rasyid", "PERSON"), ("Harun", "PERSON"), ("Dinas Kesehatan Kota Bekasi", "ORG"),
        ("Bambang Irawan", "PERSON"), ("Bambang", "PERSON"), ("Suwandi", "PERSON"), ("Kelurahan Jatiwaringin", "LOC"),
    ]),
    ("repeated-closing", "id", """\
REPUBLIKA.CO.ID, YOGYAKARTA -- Pemerintah Daerah Istimewa Yogyakarta menyiapkan 200 bus wisata tambahan untuk mengurai kepadatan di kawasan Malioboro selama libur sekolah. Bus-bus itu akan melayani rute parkir kantong di Ngabean dan Senopati menuju kawasan wisata.Kepala Dinas Perhubungan DIY, Ni Made Dwipanti Indrayanti, mengatakan kapasitas parkir di sekitar Malioboro sudah tidak mampu menampung kendaraan wisatawan."Setiap akhir pekan ada lebih dari 8.000 kendaraan masuk. Parkirnya cuma cukup untuk separuh," kata Made Dwipanti di Kompleks Kepatihan, Yogyakarta, Selasa (24/6/2025).
Baca JugaWisatawan Keluhkan Tarif Parkir Nuthuk di Sekitar Tugu JogjaSultan Minta Pedagang Malioboro Tak Naikkan Harga Saat LiburPuncak Libur Sekolah, KAI Tambah Perjalanan ke Yogyakarta
Ia mengatakan, wisatawan yang parkir di kantong parkir cukup membayar sekali untuk parkir sekaligus naik bus pulang-pergi."Tarifnya kami buat semurah mungkin supaya orang mau pindah," ujarnya.Paguyuban pengemudi becak di Malioboro menyambut rencana itu dengan hati-hati. Ketua Paguyuban Becak Malioboro Sejahtera, Suparjo, khawatir penumpang mereka berkurang."Kalau semua naik bus, becak mau narik siapa? Kami minta dilibatkan juga," kata Suparjo.Menanggapi hal itu, Made Dwipanti menyebut becak akan menjadi bagian dari rute wisata pendek di dalam kawasan."Bus berhenti di titik tertentu, dari situ wisatawan bisa naik becak atau andong. Semua kebagian," ucapnya.Seorang wisatawan asal Surabaya, Clarissa Angelina, menilai rencana itu masuk akal."Tadi saya muter 40 menit cari parkir. Kalau ada bus dari parkiran, saya pilih itu," kata Clarissa.Direktur Lalu Lintas Polda DIY, Kombes Pol Yusuf Hadiwijaya, mengatakan pihaknya akan menempatkan personel di setiap kantong parkir dan simpang menuju Malioboro."Kami tidak ingin ada parkir liar di bahu jalan. Yang nekat akan kami derek," kata Yusuf.Ia menambahkan, rekayasa lalu lintas satu arah juga akan diberlakukan di Jalan Mataram pada jam-jam padat.Dari kalangan perhotelan, Ketua Asosiasi Hotel Jogja Istimewa, Benediktus Haryo, berharap uji coba itu berjalan mulus karena tingkat hunian hotel sedang tinggi."Okupansi sudah 90 persen. Tamu kami banyak yang mengeluh macet di sekitar Malioboro," ujar Benediktus.
Kebijakan tersebut akan diuji coba mulai 28 Juni hingga 13 Juli 2025 dan dievaluasi setiap pekan.Pemerintah daerah juga meminta wisatawan memantau informasi kepadatan melalui kanal media sosial resmi dinas.
Kebijakan tersebut akan diuji coba mulai 28 Juni hingga 13 Juli 2025 dan dievaluasi setiap pekan.Pemerintah daerah juga meminta wisatawan memantau informasi kepadatan melalui kanal media sosial resmi dinas.""", [
        ("Setiap akhir pekan ada lebih dari 8.000 kendaraan", "Ni Made Dwipanti Indrayanti"),
        ("Tarifnya kami buat semurah mungkin", "Ni Made Dwipanti Indrayanti"),
        ("Kalau semua naik bus, becak mau narik siapa?", "Suparjo"),
        ("Bus berhenti di titik tertentu", "Ni Made Dwipanti Indrayanti"),
        ("Tadi saya muter 40 menit cari parkir", "Clarissa Angelina"),
        ("Kami tidak ingin ada parkir liar", "Yusuf Hadiwijaya"),
        ("Okupansi sudah 90 persen", "Benediktus Haryo"),
    ], [
        ("REPUBLIKA", "ORG"), ("YOGYAKARTA", "LOC"), ("Pemerintah Daerah Istimewa Yogyakarta", "ORG"),
        ("Malioboro", "LOC"), ("Ngabean", "LOC"), ("Senopati", "LOC"), ("Dinas Perhubungan DIY", "ORG"),
        ("Ni Made Dwipanti Indrayanti", "PERSON"), ("Made Dwipanti", "PERSON"), ("Kompleks Kepatihan", "LOC"),
        ("Yogyakarta", "LOC"), ("Paguyuban Becak Malioboro Sejahtera", "ORG"), ("Suparjo", "PERSON"),
        ("Surabaya", "LOC"), ("Clarissa Angelina", "PERSON"), ("Clarissa", "PERSON"),
        ("Polda DIY", "ORG"), ("Yusuf Hadiwijaya", "PERSON"), ("Yusuf", "PERSON"), ("Jalan Mataram", "LOC"),
        ("Asosiasi Hotel Jogja Istimewa", "ORG"), ("Benediktus Haryo", "PERSON"), ("Benediktus", "PERSON"),
    ]),
    ("sport-coach", "id", """\
Persikota Tangerang Tumbang di Kandang, Pelatih Minta Maaf ke Suporter
TANGERANG, BOLANUSA.com - Persikota Tangerang menelan kekalahan 1-3 dari Perseta Tulungagung FC di Stadion Benteng Taruna, Minggu (14/9/2025) malam. Kekalahan itu membuat Persikota tertahan di peringkat kedelapan klasemen sementara Liga Nusantara.
Pelatih Persikota, Park Min-jae, mengakui timnya tampil di bawah performa.
"Kami kalah di semua aspek malam ini. Saya minta maaf kepada suporter yang sudah datang," kata pelatih asal Korea Selatan itu dalam konferensi pers usai laga.
Ia menyoroti lini belakang yang dinilainya terlalu mudah ditembus serangan balik lawan.
"Tiga gol dari situasi yang sama. Itu masalah konsentrasi, bukan taktik," ujarnya melalui penerjemah.
Baca juga: Jadwal Liga Nusantara Pekan Ketujuh: Persikota Tandang ke Madura
Gol semata wayang Persikota dicetak Muhammad Rizky Pratama (Kiki) pada menit ke-67. Pemain muda berusia 20 tahun itu tampil sebagai pemain pengganti.
"Saya cuma coba kasih yang terbaik. Sayang hasilnya tidak sesuai harapan," kata Kiki.
Kapten tim, Ramdani, meminta rekan-rekannya segera bangkit.
"Masih banyak pertandingan. Kami harus evaluasi dan bangkit di laga tandang nanti," tutur Ramdani.
Sementara itu, pelatih Perseta Tulungagung FC, Widodo Cahyono Putro, memuji anak asuhnya yang disiplin menjalankan instruksi.
"Kami tahu Persikota kuat di kandang, jadi kami main sabar dan menunggu celah," kata Widodo.
Dua gol Perseta dicetak striker asal Brasil, Thiago Ferreira, dan satu gol lainnya oleh Agus Salim Harahap.
"Gol ini untuk istri saya yang baru melahirkan," kata Thiago sambil tersenyum.
ADVERTISEMENT
Kekalahan itu memicu kekecewaan suporter. Sejumlah suporter sempat bertahan di tribun selatan hingga satu jam setelah laga.
Koordinator kelompok suporter Benteng Mania, Fajar Nugraha alias Ajay, meminta manajemen segera mengevaluasi tim.
"Kami tidak minta juara, tapi minimal jangan kalah di rumah sendiri," kata Ajay.
Suara kekecewaan juga ramai di media sosial.
"Tiga musim begini terus. Kapan mau berubah?" tulis akun Instagram @bentengmania_official.
Manajer Persikota, Hj. Rosdiana Effendi, mengatakan manajemen akan menggelar rapat evaluasi pekan ini.
"Semua akan kami evaluasi, termasuk pelatih. Tapi kami tidak akan ambil keputusan dalam kondisi emosi," ujar Rosdiana.
Persikota akan melakoni laga tandang ke Madura pada Sabtu (20/9/2025).""", [
        ("Kami kalah di semua aspek malam ini", "Park Min-jae"),
        ("Tiga gol dari situasi yang sama", "Park Min-jae"),
        ("Saya cuma coba kasih yang terbaik", "Muhammad Rizky Pratama"),
        ("Masih banyak pertandingan", "Ramdani"),
        ("Kami tahu Persikota kuat di kandang", "Widodo Cahyono Putro"),
        ("Gol ini untuk istri saya", "Thiago Ferreira"),
        ("Kami tidak minta juara", "Fajar Nugraha"),
        ("Tiga musim begini terus", "@bentengmania_official"),
        ("Semua akan kami evaluasi, termasuk pelatih", "Rosdiana Effendi"),
    ], [
        ("Persikota Tangerang", "ORG"), ("TANGERANG", "LOC"), ("BOLANUSA", "ORG"), ("Perseta Tulungagung FC", "ORG"),
        ("Stadion Benteng Taruna", "LOC"), ("Persikota", "ORG"), ("Park Min-jae", "PERSON"), ("Korea Selatan", "LOC"),
        ("Muhammad Rizky Pratama", "PERSON"), ("Kiki", "PERSON"), ("Ramdani", "PERSON"),
        ("Widodo Cahyono Putro", "PERSON"), ("Widodo", "PERSON"), ("Perseta", "ORG"), ("Brasil", "LOC"),
        ("Thiago Ferreira", "PERSON"), ("Agus Salim Harahap", "PERSON"), ("Thiago", "PERSON"),
        ("Benteng Mania", "ORG"), ("Fajar Nugraha", "PERSON"), ("Ajay", "PERSON"), ("Instagram", "ORG"),
        ("Rosdiana Effendi", "PERSON"), ("Rosdiana", "PERSON"), ("Madura", "LOC"),
    ]),
    ("bracket-alias-minister", "id", """\
Menteri Desa Siapkan Dana Rp 2 Triliun untuk Koperasi Desa, Kepala Desa Diminta Tak Main-main
KOMPAS.com - Menteri Desa dan Pembangunan Kawasan Perdesaan Abdul Haris Mubarok (Gus Haris) meminta kepala desa tidak menyalahgunakan dana penguatan koperasi desa yang akan dicairkan mulai Oktober.  Hal itu disampaikan Gus Haris saat membuka rapat koordinasi nasional kepala desa di Jakarta International Expo, Kemayoran, Jakarta, Rabu (17/9/2025).  "Dana ini uang rakyat desa. Kalau ada yang main-main, saya sendiri yang akan laporkan ke aparat penegak hukum," kata Gus Haris.  Ia menyebut total dana yang disiapkan mencapai Rp 2 triliun untuk sekitar 8.000 koperasi desa tahap pertama.  "Koperasinya harus hidup, punya usaha nyata, bukan papan nama," ujar Haris.  Baca juga: Ribuan Kepala Desa Padati Kemayoran, Ini Tuntutan Mereka  Ketua Umum Persatuan Kepala Desa Seluruh Nusantara (Perkades Nusantara), Suryo Atmojo (Mbah Suryo), menyambut baik program itu, tetapi meminta pendampingan yang memadai.  "Kepala desa itu bukan akuntan. Kalau tidak didampingi, niat baik bisa jadi masalah hukum," kata Mbah Suryo.  Menurut dia, banyak kepala desa khawatir dijerat hukum karena kesalahan administrasi.  "Yang kami takutkan bukan korupsinya, tapi salah catat lalu dipanggil jaksa," ucapnya disambut tepuk tangan peserta.  Pakar ekonomi kerakyatan dari Institut Koperasi Indonesia Raya, Dr. Lestari Handayani, mengingatkan pengalaman program serupa pada masa lalu.  "Dulu banyak koperasi dibentuk karena ada dana, lalu mati begitu dana habis. Jangan ulangi pola itu," kata Lestari.  Ia menyarankan agar dana disalurkan bertahap berdasarkan kinerja usaha koperasi.  Seorang kepala desa asal Kabupaten Sikka, Nusa Tenggara Timur, Yohanes Don Bosco Kelen, mengaku desanya sudah punya rencana usaha.  "Kami mau olah kemiri dan mete, selama ini dijual mentah ke tengkulak," kata Yohanes.  Gus Haris menegaskan kementeriannya akan merekrut 10.000 pendamping koperasi dari kalangan sarjana muda.  "Pendampingnya anak-anak desa sendiri yang sudah kuliah. Mereka yang paling paham kampungnya," kata mantan Ketua Umum Gerakan Pemuda Tani Nusantara itu.  Penulis : Ardiansyah Putra Editor : Sabrina Asril""", [
        ("Dana ini uang rakyat desa", "Abdul Haris Mubarok"),
        ("Koperasinya harus hidup", "Abdul Haris Mubarok"),
        ("Kepala desa itu bukan akuntan", "Suryo Atmojo"),
        ("Yang kami takutkan bukan korupsinya", "Suryo Atmojo"),
        ("Dulu banyak koperasi dibentuk karena ada dana", "Lestari Handayani"),
        ("Kami mau olah kemiri dan mete", "Yohanes Don Bosco Kelen"),
        ("Pendampingnya anak-anak desa sendiri", "Abdul Haris Mubarok"),
    ], [
        ("KOMPAS", "ORG"), ("Abdul Haris Mubarok", "PERSON"), ("Gus Haris", "PERSON"),
        ("Jakarta International Expo", "LOC"), ("Kemayoran", "LOC"), ("Jakarta", "LOC"), ("Haris", "PERSON"),
        ("Persatuan Kepala Desa Seluruh Nusantara", "ORG"), ("Perkades Nusantara", "ORG"), ("Suryo Atmojo", "PERSON"),
        ("Mbah Suryo", "PERSON"), ("Institut Koperasi Indonesia Raya", "ORG"), ("Lestari Handayani", "PERSON"),
        ("Lestari", "PERSON"), ("Kabupaten Sikka", "LOC"), ("Nusa Tenggara Timur", "LOC"),
        ("Yohanes Don Bosco Kelen", "PERSON"), ("Yohanes", "PERSON"), ("Gerakan Pemuda Tani Nusantara", "ORG"),
    ]),
    ("en-surname-libraries", "en", """\
Council to close three branch libraries despite protest
By Hannah Coldwell

HARROGATE — Three branch libraries in North Calderdale will close in March after councillors voted 27 to 19 on Tuesday night to cut their funding, despite a petition signed by more than 11,000 residents.

Councillor Margaret Ellison-Hart, leader of Calderdale Borough Council, said the decision was "painful but unavoidable" after the council lost a quarter of its grant from central government.

“We looked at every other option. Every single one. There is simply no money left in the budget that is not already spent on care for the elderly and children,” Ellison-Hart said.

Advertisement

The libraries in Brinscombe, Old Mossley and Pennock Vale have been open since the 1960s. Tom Whitcombe, who has worked at the Pennock Vale branch for 22 years, said staff had found out from a local newspaper.

“Nobody from the council came to tell us. We read it in the Calder Courier like everyone else,” Whitcombe said. “That is what hurts the most.”

Ellison-Hart later apologised for the way staff had been told. “That should not have happened, and I have asked officers to find out why,” she said.

Read more: Calderdale council tax to rise by 4.9 per cent

Priya Nandakumar, a mother of two who organised the petition, said the closures would hit families without internet at home. “My kids do their homework there. Where are they supposed to go now?” she asked.

Opposition leader Daniel Okoro, of the Calderdale Independents, called the vote “a betrayal of the people who need these buildings most”.

“This council found money for a new roundabout on the ring road. Do not tell me there is no money for books,” Okoro said.

The council says volunteers could keep the buildings open as community libraries. Whitcombe doubted that would work.

“Volunteers are wonderful, but they cannot run a library on goodwill alone,” he said. “Who fixes the computers? Who orders the books?”

A spokesperson for the Friends of Pennock Vale Library said the group would meet on Saturday to discuss a bid to take over the building.

“We are not giving up. We will take this to the High Court if we must,” the spokesperson said.

Nandakumar said residents would attend the next full council meeting in January. “They will have to look us in the eye,” she said.

Share this article""", [
        ("We looked at every other option", "Margaret Ellison-Hart"),
        ("Nobody from the council came to tell us", "Tom Whitcombe"),
        ("That is what hurts the most", "Tom Whitcombe"),
        ("That should not have happened", "Margaret Ellison-Hart"),
        ("My kids do their homework there", "Priya Nandakumar"),
        ("This council found money for a new roundabout", "Daniel Okoro"),
        ("Volunteers are wonderful", "Tom Whitcombe"),
        ("Who fixes the computers?", "Tom Whitcombe"),
        ("We are not giving up", "the spokesperson"),
        ("They will have to look us in the eye", "Priya Nandakumar"),
        ("painful but unavoidable", "<no quote>"),
        ("a betrayal of the people who need these buildings most", "<no quote>"),
    ], [
        ("Hannah Coldwell", "PERSON"), ("HARROGATE", "LOC"), ("North Calderdale", "LOC"),
        ("Margaret Ellison-Hart", "PERSON"), ("Calderdale Borough Council", "ORG"), ("Ellison-Hart", "PERSON"),
        ("Brinscombe", "LOC"), ("Old Mossley", "LOC"), ("Pennock Vale", "LOC"), ("Tom Whitcombe", "PERSON"),
        ("Calder Courier", "ORG"), ("Whitcombe", "PERSON"), ("Priya Nandakumar", "PERSON"),
        ("Daniel Okoro", "PERSON"), ("Calderdale Independents", "ORG"), ("Okoro", "PERSON"),
        ("Friends of Pennock Vale Library", "ORG"), ("High Court", "ORG"), ("Nandakumar", "PERSON"),
    ]),
    ("en-glued-statement", "en", """\
SHEFFIELD (Northern Wire) - Hundreds of commuters were stranded on Monday morning after a signalling fault halted all trains between Sheffield and Barnsley for more than four hours, the second such failure this month.Northwind Rail, which runs the route, said engineers had found a damaged cable near Wombwell."We are sorry for the disruption this has caused. Our engineers worked through the night and services are now returning to normal," Northwind Rail said in a statement.ADVERTISEMENTPassengers crowded the platforms at Meadowhall Interchange as replacement buses failed to arrive.Janet Pilkington, a nurse at Barnsley General Hospital, said she had been waiting since 6.40am."I have a ward full of patients and nobody to hand over to. This is the third time in two weeks," Pilkington said.Read more: Rail fares to rise again in March as operators blame energy costsRichard Osei-Mensah, chair of the Sheffield Rail Users' Group, said the line had been neglected for years."Every time it rains, something breaks. You cannot run a modern railway on Victorian cables," he said. He added that the group had written to the transport secretary twice.Anger spilled onto social media. "Stood on a freezing platform for two hours and not one announcement," wrote @BarnsleyLass on X.Dr. Felicity Crane, a transport researcher at the University of South Pennine, said the failures were predictable."The money goes to the big city lines. Branch routes like this one get whatever is left over," Crane said.Asked whether passengers would receive compensation, a Northwind Rail spokesman said claims could be made online."Anyone delayed by more than 15 minutes can claim," the spokesman said.Local MP Graham Boyce called for an urgent meeting with the operator and said he would raise the matter in Parliament."Enough is enough. My constituents deserve a railway that works," Boyce said.Northwind Rail said a full investigation was under way.Copyright 2025 Northern Wire. All rights reserved.""", [
        ("We are sorry for the disruption", "Northwind Rail"),
        ("I have a ward full of patients", "Janet Pilkington"),
        ("Every time it rains, something breaks", "Richard Osei-Mensah"),
        ("Stood on a freezing platform", "@BarnsleyLass"),
        ("The money goes to the big city lines", "Felicity Crane"),
        ("Anyone delayed by more than 15 minutes", "the spokesman"),
        ("Enough is enough", "Graham Boyce"),
    ], [
        ("SHEFFIELD", "LOC"), ("Northern Wire", "ORG"), ("Sheffield", "LOC"), ("Barnsley", "LOC"),
        ("Northwind Rail", "ORG"), ("Wombwell", "LOC"), ("Meadowhall Interchange", "LOC"),
        ("Janet Pilkington", "PERSON"), ("Barnsley General Hospital", "ORG"), ("Pilkington", "PERSON"),
        ("Richard Osei-Mensah", "PERSON"), ("Sheffield Rail Users' Group", "ORG"), ("X", "ORG"),
        ("Felicity Crane", "PERSON"), ("University of South Pennine", "ORG"), ("Crane", "PERSON"),
        ("Graham Boyce", "PERSON"), ("Parliament", "ORG"), ("Boyce", "PERSON"),
    ]),
    ("en-pronoun-chain", "en", """\
Scientists split over plan to reintroduce lynx to Kielder Forest
Published 2 hours ago

NEWCASTLE — A proposal to release six Eurasian lynx into Kielder Forest has divided scientists and farmers, with a public consultation due to close next month.

The plan, led by the Border Wildlife Trust, would see the animals fitted with GPS collars and monitored for five years. Dr Eleanor Marsh, the trust's head of conservation, said the forest could support up to 40 lynx.

"There is more than enough deer in Kielder to feed a small population. Lynx are shy animals. Most people will never see one," she said.

Marsh said similar releases in Germany and Switzerland had caused few problems for livestock. "Attacks on sheep do happen, but they are rare, and farmers are compensated quickly," she added.

Not everyone is convinced. Professor Alan Rudd, an ecologist at Tyneside University who has studied lynx in Scandinavia, said the trust had underestimated the risk.

"Kielder is not the Black Forest. Our sheep graze on open hills with no shepherds and no dogs," he said.

He also questioned the trust's figures. "Forty animals is a fantasy. The numbers they use come from forests three times the size," Rudd said.

Sheep farmer Bill Charlton, whose family has farmed near Falstone for four generations, was blunter. "If one of them takes my lambs, I will not be waiting for a form from the trust," he said.

Asked about Charlton's comments, Marsh said farmers' worries were understandable. "We want to sit down with every farmer in the valley before a single animal is released," she said.

The National Farmers' Union said in a statement that it opposed the release "in its current form". A spokeswoman for Forestry England, which manages Kielder, said it would respond to the consultation "in due course".

Rudd said he was not against lynx in principle. "Come back with a smaller release, a proper compensation scheme and a way out if it goes wrong, and I will listen," he said.

The consultation closes on 14 February.

Related: Beavers return to Northumberland river after 400 years""", [
        ("There is more than enough deer in Kielder", "Eleanor Marsh"),
        ("Attacks on sheep do happen", "Eleanor Marsh"),
        ("Kielder is not the Black Forest", "Alan Rudd"),
        ("Forty animals is a fantasy", "Alan Rudd"),
        ("If one of them takes my lambs", "Bill Charlton"),
        ("We want to sit down with every farmer", "Eleanor Marsh"),
        ("Come back with a smaller release", "Alan Rudd"),
        ("in its current form", "<no quote>"),
        ("in due course", "<no quote>"),
    ], [
        ("Kielder Forest", "LOC"), ("NEWCASTLE", "LOC"), ("Border Wildlife Trust", "ORG"), ("Eleanor Marsh", "PERSON"),
        ("Kielder", "LOC"), ("Marsh", "PERSON"), ("Germany", "LOC"), ("Switzerland", "LOC"), ("Alan Rudd", "PERSON"),
        ("Tyneside University", "ORG"), ("Scandinavia", "LOC"), ("Black Forest", "LOC"), ("Rudd", "PERSON"),
        ("Bill Charlton", "PERSON"), ("Falstone", "LOC"), ("Charlton", "PERSON"), ("National Farmers' Union", "ORG"),
        ("Forestry England", "ORG"),
    ]),
]
