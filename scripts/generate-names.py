#!/usr/bin/env python3
"""Regenerates Sources/Veil/Detectors/PII/NameLists.swift, the name lists of the
`person_name` detector.

Sources: the person-name lists of Faker (MIT licence; https://github.com/joke2k/faker),
which come from national statistics (US census, ONS, INE, Destatis …), for the locales
below. Given names in EXCLUDED are dropped: English words a log capitalises before another
capitalised word (`Mark Complete`, `Max Retries`, `Job Scheduler`, `Per Request`, `Line Item`)
and product, project or place names (`Aurora MySQL`, `Jackson Databind`). The English-word
part was reviewed by hand from the given names that /usr/share/dict/american-english
(Debian `wamerican`) lists in lower case; real names among them (Victor, Peter, Maria,
Martin, Frank …) stay.

    python3 -m venv /tmp/names-venv && /tmp/names-venv/bin/pip install faker
    /tmp/names-venv/bin/python scripts/generate-names.py
"""
import importlib
import os
import unicodedata

LOCALES = ["en_US", "en_GB", "en_IN", "de_DE", "fr_FR", "es_ES", "es_MX", "it_IT",
           "pt_BR", "pt_PT", "nl_NL", "sv_SE", "da_DK", "no_NO", "fi_FI", "pl_PL", "cs_CZ"]
# More Latin-script locales (and the romanised Chinese lists) for given names only: names
# of people from Turkey, Indonesia, Nigeria, Ghana, Kenya, South Africa, Pakistan, Vietnam,
# China and Taiwan, Eastern and Northern Europe, Latin America, Quebec … The family name
# after them is any capitalised word (as for every given name), so their family lists are
# not needed; given names that are English words are dropped automatically (ENGLISH_WORDS).
GIVEN_ONLY_LOCALES = ["tr_TR", "id_ID", "en_NG", "yo_NG", "ha_NG", "ig_NG", "zu_ZA", "sw", "tw_GH",
                      "en_KE", "en_PK", "en_IE", "en_NZ", "ro_RO", "hu_HU", "hr_HR", "sk_SK", "sl_SI",
                      "lt_LT", "lv_LV", "et_EE", "de_AT", "de_CH", "es_AR", "es_CL", "es_CO", "fr_CA",
                      "fr_QC", "fr_BE", "nl_BE", "ga_IE", "is_IS", "az_AZ", "vi_VN", "zh_CN", "zh_TW", "en_TH"]
GIVEN_ATTRS = ("first_names", "first_names_male", "first_names_female",
               "first_romanized_names", "first_romanized_names_male", "first_romanized_names_female")
# For GIVEN_ONLY_LOCALES: a name that /usr/share/dict/american-english lists in lower case
# (`Can`, `Server`, `Valid`, `Loan`, `Beta`) is dropped without review, and so are these
# product and tool names.
GIVEN_ONLY_EXCLUDED = {"darwin", "kali", "loki", "okta", "safari"}
# Given names that are also product, project or place names logs mention before another
# capitalised word (`Aurora MySQL`, `Jackson Databind`, `Cassandra Cluster`, `Travis Build`).
EXCLUDED = {
    "aurora", "cassandra", "jackson", "travis", "alexa", "jasper", "hudson", "buster", "jessie",
    "sierra", "austin", "dallas", "sydney", "victoria", "florence", "charlotte", "madison",
    "orlando", "denver", "eugene", "phoenix", "chelsea", "brooklyn", "paris", "london",
    "georgia", "virginia", "carolina", "dakota", "india", "china", "jordan", "kenya",
    "ada", "delphi", "ruby", "julia", "pascal", "dart", "elixir", "crystal", "swift", "kotlin",
    "scala", "rust", "go", "java", "perl", "django", "flask", "rails", "spring", "angular",
    "vue", "ember", "nova", "neutron", "cinder", "glance", "keystone", "heat", "ironic",
    "magnum", "octavia", "zuul", "sonny", "minerva", "apollo", "athena", "hermes", "iris",
    "luna", "stella", "vega", "electra", "nemo", "atlas", "titan", "orion", "juno",
    "ivy", "hazel", "maple", "willow", "sage", "rowan", "basil", "clementine", "olive",
    "tuesday", "friday", "monday", "sunday", "january", "august", "april", "june", "may",
    "christian", "christmas", "easter", "noel", "patience", "prudence", "trinity", "unity",
    "liberty", "justice", "honor", "harmony", "serenity", "destiny", "heaven", "miracle",
    "king", "major", "duke", "earl", "baron", "prince", "princess", "queen", "bishop",
    "deacon", "pastor", "rector", "sheriff", "marshal", "judge", "general", "colonel",
    "berlin", "hamburg", "wien", "roma", "milano", "lisboa", "madrid",
    # English words (reviewed list, see above).
    "ale", "ani", "ante", "aria", "aura", "autumn", "baptist", "beau", "bent", "bitten", "brandy",
    "carmine", "chase", "cord", "corona", "coral", "diamond", "dick", "edit", "else", "eta", "faith",
    "feline", "fem", "floor", "forum", "gala", "grace", "grant", "grit", "gun", "gunner", "hardy",
    "harm", "harsh", "henna", "jade", "jet", "job", "kick", "lance", "line", "lone", "lope", "lore",
    "lot", "love", "lucky", "mar", "mare", "marine", "mart", "max", "meta", "misty", "nacho", "odd",
    "owe", "paw", "peer", "per", "pier", "puck", "raven", "roan", "roar", "rune", "rut", "saga",
    "said", "sine", "sol", "sole", "stein", "summer", "tanner", "ties", "tilde", "till", "tine",
    "tone", "tor", "tore", "urban", "veer", "viola", "wolf", "mark", "bill", "junior", "melody",
    "amber", "ebony", "angel", "joy", "valentine", "dawn", "roman", "albino", "floor", "mats",
    "will", "hope", "page", "rich", "may", "sunny", "star", "sky", "honey", "cherry", "candy", "dev", "gorm",
}
# Romanised names of people from Japan, Korea, China, Vietnam, Russia, Ukraine, India, the
# Arab world, Pakistan, West and East Africa, Turkey, Poland, Czechia and Brazil that Faker's
# Latin-script lists lack (its ja_JP, ko_KR, ru_RU … lists are in their own scripts), from
# common-name statistics. Given names go through the same English-word filter as
# GIVEN_ONLY_LOCALES'; short or word-like ones (`Mai`, `Sun`, `He`, `Kong` — `Hong Kong`) are
# left out by hand.
# Stop 47 added common given names of India, Nigeria, Ghana, East and West Africa, Hawaii,
# Samoa, Tonga and Aotearoa, the Arab world, Iran, Turkey, Israel, Ireland and Scotland, Japan,
# Korea, China, Vietnam, Thailand, the Philippines, Poland, Czechia, Ukraine, the Nordics,
# Greece, Spain, Latin America, Portugal, Brazil and France (from Priyanka to Yannick), and
# family names of the same communities and Quebec's (from Venkataraman to Lapointe).
EXTRA_GIVEN = """
    Adebayo Aishwarya Ajay Akiko Akira Alexey Amit Ananya Anatoly Anil Ankit Artem Arun Ashok Asuka
    Atsushi Ayaka Ayumi Babatunde Chaeyoung Dahyun Daisuke Darya Deepak Deepika Dmitry Donghyun
    Doyun Duc Ebru Emiko Eri Eunji Eunjung Fadi Faisal Funmilayo Geeta Guoqiang Haeun Hai Halyna
    Hanako Haoran Haruka Haruki Haruto Hideki Hideo Hieu Hina Hira Hiroki Hiroshi Hoa Hoang Huan
    Hui Hung Huong Hyejin Hyun Hyunwoo Ichiro Jaehyun Jiahao Jian Jianguo Jiho Jihoon Jingjing
    Jinwoo Jiro Jisoo Jiwoo Jiyeon Jiyoon Jiyoung Junho Junjie Junko Kaori Karthik Kateryna Kazuki
    Kazuya Keiko Kenichi Kenji Kenta Khanh Kiran Koji Ksenia Kumiko Kyoko Kyungsoo Lerato Lihua
    Lyudmila Mahesh Makoto Manoj Mariko Masato Megumi Mei Merve Michiko Minho Minji Minjun Misaki
    Mykola Nadezhda Nanami Naoki Naoko Nataliya Natalya Ngoc Nikhil Ning Noriko Oksana Oleksandr
    Oleksiy Olumide Oluwaseun Ozlem Phuong Pradeep Prakash Preeti Qing Quynh Rahul Rajesh Rajiv
    Ramesh Rami Reiko Rekha Riko Ritu Ryo Ryota Sana Sandeep Sangwoo Sanjay Satoshi Sayuri Seojun
    Seoyeon Seulgi Seungho Shinji Shota Shreya Shuang Sipho Sita Soojin Sota Soyeon Sunghoon
    Sungmin Sunil Sunita Suresh Swati Takashi Takeshi Taras Tariq Tatenda Tatyana Tendai Tetsuya
    Thabo Thanh Thao Tomohiro Tomoko Trang Tuan Tugba Tunde Varun Vijay Vikram Volodymyr Vy Weiwei
    Xiaohong Xiaoling Xiaoming Xiaoyu Xin Xinyi Xiu Yanyan Yaroslav Yejin Yekaterina Yevhen Yichen
    Yifan Yiming Ying Yoko Yoshiko Youngho Yui Yuka Yuki Yuko Yumi Yuna Yusuke Yuta Yuto Yutong
    Yuxuan Zanele Zhen Zhihao Zhiwei Ziad Zihan Zixuan Zoya
    Priyanka Meena Aditi Anjali Kavya Lakshmi Divya Pooja Neha Nisha Radhika Shweta Sneha Anita Kavita
    Rohit Rohan Sachin Gaurav Harish Mohan Ravi Srinivas Venkatesh Ganesh Naveen Praveen Vivek Arjun
    Aravind Lakshman Murali Gopal Krishna Harsha Siddharth Abhishek Bhavana Chitra Deepa Gayatri Hema
    Indira Jaya Kamala Latha Madhu Nandini Padma Revathi Saranya Shalini Vani Vidya Yamini Anand
    Balaji Chandra Dinesh Ganesan Hari Jagdish Kishore Madhav Nagaraj Prasad Rajendra Sanjeev Senthil
    Shankar Subramanian Umesh Vinod Yogesh Manpreet Harpreet Gurpreet Jaspreet Simran Navdeep Amrita
    Rupinder Baljit Sukhwinder Arnab Debashish Sourav Subhash Tanvi Ishaan Anushka Riya Kriti Nikita
    Ritika Shruti Varsha Chidi Chidiebere Chukwuemeka Chinedu Chinonso Chiamaka Chioma Ngozi Nneka
    Obinna Ikechukwu Uchenna Emeka Ifeoma Adaeze Nkechi Amaka Ebuka Kelechi Jideofor Oluwadamilare
    Olusegun Olufemi Oluwatobi Folake Folasade Funke Bukola Yetunde Temitope Titilayo Adewale Adeola
    Ayodele Abiodun Kehinde Taiwo Bolaji Damilola Ayomide Tolulope Kayode Aminu Abubakar Garba Hauwa
    Kwabena Kofi Kojo Akosua Abena Efua Adwoa Akua Wanjiku Wambui Njeri Achieng Atieno Akinyi Auma
    Wairimu Mumbua Chebet Jeptoo Tadesse Alemayehu Tigist Meseret Selam Hiwot Yohannes Dawit Biniam
    Hodan Farhiya Ayaan Ousmane Mamadou Moussa Aminata Fatoumata Awa Cheikh Abdoulaye Boubacar
    Ibrahima Souleymane Modou Lamine Kalani Leilani Keoni Kainoa Makana Malia Noelani Kawika Keala
    Tavita Sione Mele Tevita Viliami Salote Siaosi Tama Aroha Wiremu Rawiri Manaia Tane Ngaio Anaru
    Mustafa Khalid Hussein Nabil Samir Walid Rania Layla Leila Nour Yasmin Hala Dina Reem Lina
    Mariam Farah Salma Huda Amal Samira Nadia Dalia Shirin Parisa Neda Maryam Fatemeh Zahra Reza
    Mehdi Arash Babak Dariush Kourosh Navid Omid Parviz Behrouz Farhad Emre Burak Mert Elif Zeynep
    Ayse Fatma Emine Hatice Mehmet Cem Deniz Kerem Selin Irem Ceren Gizem Shoshana Yael Noa Tamar
    Avital Shira Moshe Yosef Avraham Yitzhak Eitan Noam Oren Itai Yonatan Ariel Rivka Chaya Malka
    Dvora Tzvi Meir Siobhán Siobhan Aoife Niamh Saoirse Caoimhe Róisín Roisin Orla Clodagh Sinéad
    Sinead Gráinne Grainne Eimear Ciara Aisling Deirdre Bríd Seán Ciarán Ciaran Darragh Cian Oisín
    Oisin Eoin Pádraig Padraig Diarmuid Colm Fionn Tadhg Cathal Ruairí Ruairi Lorcan Fergal Donal
    Séamus Seamus Eilidh Morag Ailsa Iain Hamish Emi Aiko Ayako Chihiro Fumiko Haruna Hitomi Kana
    Kanako Kazuko Kiyoshi Manami Mayumi Mitsuko Miyuki Natsuki Rie Rina Sachiko Satomi Shiori
    Tomomi Yasuko Yuriko Akihiro Hayato Hiroyuki Katsuya Kosuke Masahiro Naoya Noboru Ryosuke
    Shigeru Takumi Tatsuya Tsubasa Yoshio Yuji Minseo Seoyun Jiwon Hayoon Jimin Taeyang Sungjin
    Dongwook Jaewon Yeonwoo Eunbi Sooyoung Yoona Xiaowei Xiaojun Jianhua Jianping Lijun Liping
    Meiling Shufen Yuqi Zihao Yuchen Haoyu Jiayi Siyu Ruoxi Mingyu Wenjun Wenjie Zhiqiang Xiaodong
    Minh Linh Anh Hanh Hien Huyen Lien Nga Nhung Thuy Xuan Cuong Khoa Phuc Quang Thang Toan Trung
    Vinh Somchai Somsak Siriporn Malee Kanya Niran Prasert Wichai Anong Ratana Maricel Marites
    Rowena Jocelyn Rodel Arnel Jomar Mylene Analyn Agnieszka Małgorzata Malgorzata Katarzyna
    Magdalena Beata Bożena Jadwiga Krzysztof Wojciech Grzegorz Tomasz Piotr Paweł Pawel Łukasz
    Lukasz Bartłomiej Bartlomiej Zbigniew Jarosław Mirosław Stanisław Tadeusz Przemysław Ondřej
    Jiří Jiri Tomáš Lukáš Lenka Zuzana Božena Dmytro Andriy Bohdan Vasyl Yulia Iryna Olena
    Svitlana Nataliia Anastasiia Bjørn Björn Sigrid Ingrid Astrid Solveig Ragnhild Torbjørn Øystein
    Åsa Linnéa Linnea Kerstin Birgitta Ulla Jukka Pekka Matti Juha Sanna Tiina Päivi Kaisa Eero
    Ólafur Sigurður Guðrún Georgios Dimitrios Konstantinos Ioannis Nikolaos Panagiotis Vasileios
    Eleni Katerina Dimitra Vasiliki Athanasios Christos Lucía Sofía Valentina Camila Ximena
    Guadalupe Itzel Yesenia Mayra Araceli Marisol Xiomara Rocío Rocio Nuria Montserrat Begoña
    Ainhoa Iñaki Iker Unai Aitor Joaquín Joaquin Agustín Matías Gonzalo Gonçalo João Joao Thiago
    Rafaela Letícia Conceição Raimundo Sebastião Francisca Anaïs Maëlle Gaëlle Noémie Solène
    Océane Clémence Léa Chloé Aurélien Benoît Clément Grégoire Jérôme Loïc Mathéo Raphaël Timothée
    Yannick
""".split()
EXTRA_FAMILY = """
    Abbasi Abebe Adebayo Adeyemi Ahn Alekseev Alekseeva Ando Andreev Andreeva Aoki Aoun Arai Arslan
    Asante Aslan Aydin Aziz Bae Baek Balogun Bekele Boateng Bondarenko Boyko Bui Byun Cai Celik
    Cerny Cetin Cheng Chiba Cho Chukwu Cui Dabrowski Dai Dang Demir Deng Ding Dinh Dlamini Doan
    Dogan Duan Duong Dvorak Egorov Egorova Endo Eze Farouk Fedorov Fedorova Feng Fujii Fujimoto
    Fujita Fujiwara Fukuda Gao Girma Grabowski Guo Haddad Hamdan Hamid Hara Harada Hasegawa
    Hashimoto Hayashi Heo Hirano Hoang Horak Hou Hwang Ikeda Imai Inoue Ishida Ishii Ishikawa
    Ivanov Ivanova Iwasaki Jadhav Jang Jankowski Jeon Jia Jiang Jung Kamau Kaminska Kaminski Kaneko
    Kang Karim Kato Kaya Khoury Khumalo Kikuchi Kilic Kimura Kinoshita Kiprop Kobayashi Koc Kondo
    Kovalchuk Kovalenko Kowalczyk Kowalska Kowalski Koyama Kozlov Kozlova Kozlowski Kravchenko
    Krawczyk Kubo Kucera Kudo Kuznetsov Kuznetsova Kwak Kwiatkowski Kwon Lebedev Lebedeva
    Lewandowska Lewandowski Liang Lim Luo Ly Lysenko Maeda Mahmoud Makarov Makarova Malik Mansour
    Maruyama Masuda Matsuda Matsui Matsumoto Matsuo Mazur Mehta Melnyk Meng Mensah Mikhailov
    Mikhailova Mirza Miura Miyamoto Miyazaki Mokoena Morita Morozov Morozova Murakami Murata Mwangi
    Najjar Nakagawa Nakajima Nakamura Nakano Nakayama Nasser Ndlovu Nemec Ngo Nikolaev Nikolaeva
    Nishimura Njoroge Nkosi Noguchi Noh Nomura Novikov Novikova Novotny Nowak Nwosu Ochieng Ogawa
    Ogunleye Ohno Okada Okafor Okamoto Okeke Okonkwo Oliynyk Onishi Ono Orlov Orlova Otieno Otsuka
    Owusu Oyelaran Ozdemir Ozkan Ozturk Pavlov Pavlova Pawar Peng Petrov Petrova Phan Piotrowski
    Polishchuk Popov Popova Prochazka Qian Qin Qiu Qureshi Rashid Rehman Sahin Saito Sakai Sakamoto
    Sakurai Salem Sano Sasaki Sato Semenov Semenova Sheikh Shen Shevchenko Shevchuk Shibata Shimizu
    Shin Siddiqui Simsek Smirnov Smirnova Sokolova Solovyov Solovyova Sorokin Sorokina Stepanov
    Stepanova Sugawara Sugimoto Sugiyama Suzuki Szymanska Szymanski Takada Takagi Takahashi Takeda
    Takeuchi Tamura Tanaka Taniguchi Tesfaye Tian Tkachenko Trinh Truong Uchida Ueda Ueno Vasiliev
    Vasilieva Vesely Vinogradov Vinogradova Volkov Volkova Vu Wada Wanjiru Watanabe Wei Wen
    Wisniewska Wisniewski Wojcik Wozniak Xia Xiao Xie Xiong Xu Xue Yamada Yamaguchi Yamamoto
    Yamashita Yamazaki Yao Yildirim Yildiz Yilmaz Yin Yokoyama Yoo Yoon Yoshida Yousef Yuan Zaitsev
    Zaitseva Zeng Zhao Zheng Zhong Zhou Zhu Zielinska Zielinski Zou
    Venkataraman Faleolo Kahananui Ramaswamy Krishnan Iyer Iyengar Reddy Naidu Pillai Nair Menon
    Chatterjee Banerjee Mukherjee Bhattacharya Ganguly Chowdhury Bose Ghosh Dutta Kulkarni Deshpande
    Joshi Patil Shinde Agarwal Malhotra Kapoor Khanna Chopra Bhatia Sethi Sandhu Dhillon Grewal
    Sidhu Bajwa Ahluwalia Okoro Nwachukwu Onyeka Chukwuma Nnamdi Uzoma Ogunlesi Adeleke Ogundipe
    Akinola Olatunji Bello Danjuma Mbeki Tshabalala Moyo Banda Phiri Mwale Mutua Onyango Odhiambo
    Kipkemboi Agyeman Appiah Darko Tetteh Diallo Diop Ndiaye Traoré Traore Keita Coulibaly Touré
    Toure Camara Cissé Cisse Haile Gebremedhin Kealoha Kahale Akana Tuilagi Leota Tuiasosopo Fonoti
    Taufa Fifita Havili Ngata Parata Tamihana Mizrahi Peretz Biton Friedman Shapiro Goldberg
    Rosenberg Ben-David Ben-Ami Katz Levi Cohen Al-Amin Al-Farsi Al-Sayed Al-Hashimi Haddad Nasser
    Suleiman Khalil Saleh Hosseini Rahimi Karimi Mohammadi Ahmadi Rezaei Moradi Tehrani Yilmaz
    Kowalczyk Nowakowski Wójcik Kamińska Lewandowski Zieliński Szymański Woźniak Dąbrowski
    Kozłowski Jankowska Mazur Krawczyk Piotrowska Grabowska Pawłowski Michalski Król Wieczorek
    Jabłoński Wróbel Nowicki Majewski Olszewski Stępień Jaworski Malinowski Adamczyk Dudek
    Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Tremblay Gagnon
    Bouchard Gauthier Morin Lavoie Fortin Gagné Ouellet Pelletier Bélanger Lévesque Bergeron
    Leblanc Paquette Girard Simard Boucher Caron Beaulieu Cloutier Dubé Poirier Fournier Lapointe
""".split()
FIRST_MIN, FIRST_MAX = 3, 14
LAST_MIN, LAST_MAX = 2, 20


def clean(name, lo, hi):
    name = unicodedata.normalize("NFC", name.strip())
    if not (lo <= len(name) <= hi) or not name[0].isupper():
        return None
    if not all(c.isalpha() for c in name):
        return None  # hyphenated and multi-word entries: their parts are listed on their own
    if not all(c.isascii() or unicodedata.name(c, "").startswith("LATIN") for c in name):
        return None
    return name


def main():
    first, last = set(), set()
    english = set()
    if os.path.exists("/usr/share/dict/american-english"):
        with open("/usr/share/dict/american-english", encoding="utf-8", errors="ignore") as words:
            english = {w.strip() for w in words if w.strip().islower()}
    elif GIVEN_ONLY_LOCALES:
        raise SystemExit("needs /usr/share/dict/american-english (apt-get install wamerican)")
    for loc in GIVEN_ONLY_LOCALES:
        p = importlib.import_module(f"faker.providers.person.{loc}").Provider
        for attr in GIVEN_ATTRS:
            names = getattr(p, attr, None)
            if not isinstance(names, (list, tuple, dict, set)):
                continue
            for n in names:
                c = clean(n, FIRST_MIN, FIRST_MAX)
                if c and c.lower() not in EXCLUDED and c.lower() not in GIVEN_ONLY_EXCLUDED and c.lower() not in english:
                    first.add(c)
    for n in EXTRA_GIVEN:
        c = clean(n, FIRST_MIN, FIRST_MAX)
        if c and c.lower() not in EXCLUDED and c.lower() not in english:
            first.add(c)
    for n in EXTRA_FAMILY:
        c = clean(n, LAST_MIN, LAST_MAX)
        if c:
            last.add(c)
    for loc in LOCALES:
        p = importlib.import_module(f"faker.providers.person.{loc}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female"):
            for n in getattr(p, attr, None) or []:
                c = clean(n, FIRST_MIN, FIRST_MAX)
                if c and c.lower() not in EXCLUDED:
                    first.add(c)
        for n in getattr(p, "last_names", None) or []:
            c = clean(n, LAST_MIN, LAST_MAX)
            if c:
                last.add(c)
    # English words that read as an initial and a listed family name (`space`: s + Pace,
    # `trust`: t + Rust): no account of a person's shape (`user space`, `caused by trust`).
    initial_family = {
        w for w in english
        if 4 <= len(w) <= 32 and w.isascii() and w.isalpha() and w[1].upper() + w[2:] in last
    }
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = os.path.join(root, "Sources/Veil/Detectors/PII/NameLists.swift")

    def literal(names):
        names = sorted(names)
        lines, line = [], ""
        for n in names:
            if len(line) + len(n) + 1 > 100:
                lines.append(line)
                line = ""
            line += n + " "
        lines.append(line)
        return "\n".join(lines).rstrip()

    with open(out, "w", encoding="utf-8") as f:
        f.write("// Generated by scripts/generate-names.py — do not edit by hand.\n")
        f.write("// Name lists of Faker (MIT licence), from national statistics; see the script.\n\n")
        f.write("/// Given and family names for ``PersonNameDetector``, space-separated.\n")
        f.write("enum NameLists {\n")
        f.write(f"    /// {len(first)} given names (none of them a lower-case English word).\n")
        f.write('    static let given = """\n' + literal(first) + '\n"""\n\n')
        f.write(f"    /// {len(last)} family names.\n")
        f.write('    static let family = """\n' + literal(last) + '\n"""\n\n')
        f.write(f"    /// {len(initial_family)} lower-case English words that read as an initial and a family name.\n")
        f.write('    static let initialAndFamilyWords = """\n' + literal(initial_family) + '\n"""\n')
        f.write("}\n")
    print(f"{len(first)} given names, {len(last)} family names -> {out}")


if __name__ == "__main__":
    main()
