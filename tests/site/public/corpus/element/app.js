/* The applicant wizard as an Element UI single-page app with hash routes
 * (#/person, #/declare, #/attach, #/photo): no reload between steps, the
 * view is rebuilt on every route change, the data stays in memory. Every
 * control carries its corpus annotation; body[data-expect-step] follows the
 * route. */
(function () {
  'use strict';
  var h = El.h;

  var MAJORS = ['机械工程', '电气工程', '自动化', '材料工程', '化工工程', '电子信息工程', '计算机应用', '工业设计'];
  var OFFICES = [
    { group: '区、县（市）经信部门', options: [
      { value: '330102', label: '上城区经信局', address: '杭州市上城区解放东路 18 号' },
      { value: '330106', label: '西湖区经信局', address: '杭州市西湖区文三路 90 号' },
      { value: '330108', label: '滨江区经信局', address: '杭州市滨江区江汉路 1785 号' },
      { value: '330110', label: '余杭区经信局', address: '杭州市余杭区临平南大街 251 号' },
    ] },
    { group: '市直单位', options: [{ value: '330100', label: '市直单位职称受理点', address: '杭州市上城区解放东路 18 号' }] },
  ];
  var EDU_LEVELS = ['博士研究生', '硕士研究生', '大学本科', '大学专科', '其他'];
  var WORK_KINDS = ['论文', '著作', '报告', '成果'];

  var data = {
    person: { employer: '杭州某某智能装备有限公司' },
    education: [{}],
    history: [{}],
    declare: { type: '' },
    works: [{ kind: '', title: '', files: [], representative: false }],
    attachments: {},
    photo: [],
  };

  var ROUTES = {
    '/person': { title: '个人基本信息', step: 'basicInfo', render: personView },
    '/declare': { title: '填写申报信息', step: 'declaration', render: declareView },
    '/attach': { title: '上传相关附件', step: 'attachments', render: attachView },
    '/photo': { title: '上传证件照', step: 'photo', render: photoView },
  };
  var WIZARD = ['上传证件照', '填写申报信息', '上传相关附件', '预览确认提交'];

  function route() {
    var path = location.hash.replace(/^#/, '') || '/person';
    return ROUTES[path] ? path : '/person';
  }

  function layout(current, content) {
    var menu = h('ul', { class: 'el-menu', role: 'menubar' }, Object.keys(ROUTES).map(function (path) {
      return h('li', { class: 'el-menu-item' + (path === current ? ' is-active' : ''), role: 'menuitem', tabindex: '-1', onclick: function () { location.hash = '#' + path; } }, [h('span', { text: ROUTES[path].title })]);
    }));
    var search = El.input({ placeholder: '搜索功能菜单', size: 'small', expect: '' });
    return h('section', { class: 'el-container' }, [
      h('aside', { class: 'el-aside' }, [menu]),
      h('section', { class: 'el-container is-vertical', style: 'flex-direction: column; flex: 1;' }, [
        h('header', { class: 'el-header' }, [h('span', { text: '浙江省专业技术职务任职资格申报与评审管理平台' }), h('div', { style: 'float: right; width: 220px;' }, [search])]),
        h('main', { class: 'el-main' }, [content]),
      ]),
    ]);
  }

  function card(title, body) {
    return h('div', { class: 'el-card is-always-shadow' }, [
      h('div', { class: 'el-card__header' }, [h('div', { class: 'clearfix' }, [h('span', { text: title })])]),
      h('div', { class: 'el-card__body' }, body),
    ]);
  }

  function form(items) {
    return h('form', { class: 'el-form el-form--label-right', onsubmit: function (e) { e.preventDefault(); } }, items);
  }

  function bind(obj, key) { return function (value) { obj[key] = value; }; }

  // ------------------------------------------------------------ 个人基本信息
  function personView() {
    var p = data.person;
    var eduRows = data.education.map(function (row, index) {
      return [
        El.select({ size: 'small', options: EDU_LEVELS.map(function (l) { return { value: l, label: l }; }), value: row.level, onChange: bind(row, 'level'), expect: 'eduLevel' }),
        El.input({ size: 'small', value: row.degree, onInput: bind(row, 'degree'), expect: 'degree' }),
        El.input({ size: 'small', value: row.school, onInput: bind(row, 'school'), expect: 'school' }),
        El.input({ size: 'small', value: row.major, onInput: bind(row, 'major'), expect: 'eduMajor' }),
        El.datePicker({ type: 'month', value: row.start, onChange: bind(row, 'start'), expect: 'eduStart' }),
        El.datePicker({ type: 'month', value: row.graduation, onChange: bind(row, 'graduation'), expect: 'graduation' }),
        El.button('删除', 'text', function () { data.education.splice(index, 1); render(); }),
      ];
    });
    var historyRows = data.history.map(function (row, index) {
      return [
        El.datePicker({ type: 'month', value: row.start, onChange: bind(row, 'start'), expect: 'historyStart' }),
        El.datePicker({ type: 'month', placeholder: '至今可不填', value: row.end, onChange: bind(row, 'end'), expect: 'historyEnd' }),
        El.input({ size: 'small', value: row.employer, onInput: bind(row, 'employer'), expect: 'historyEmployer' }),
        El.input({ size: 'small', value: row.position, onInput: bind(row, 'position'), expect: 'historyPosition' }),
        El.button('删除', 'text', function () { data.history.splice(index, 1); render(); }),
      ];
    });
    return card('个人基本信息', [
      form([
        El.formItem('姓名', 'name', El.input({ value: p.name, onInput: bind(p, 'name'), expect: 'name' }), { required: true }),
        El.formItem('身份证号', 'idCard', El.input({ value: p.idCard, onInput: bind(p, 'idCard'), expect: 'idNumber' }), { required: true }),
        El.formItem('性别', 'gender', El.radioGroup({ options: ['男', '女'], value: p.gender, onChange: bind(p, 'gender'), expect: 'gender' }), { required: true }),
        El.formItem('出生日期', 'birthday', El.datePicker({ value: p.birthday, onChange: bind(p, 'birthday'), expect: 'birthDate' }), { required: true }),
        El.formItem('民族', 'nation', El.select({ options: ['汉族', '回族', '满族', '畲族', '其他'].map(function (n) { return { value: n, label: n }; }), value: p.nation, onChange: bind(p, 'nation'), expect: 'ethnicity' })),
        El.formItem('政治面貌', 'political', El.select({ options: ['中共党员', '共青团员', '民主党派', '群众'].map(function (n) { return { value: n, label: n }; }), value: p.political, onChange: bind(p, 'political'), expect: 'politicalStatus' })),
        El.formItem('手机号码', 'phone', El.input({ value: p.phone, onInput: bind(p, 'phone'), expect: 'mobile' }), { required: true }),
        El.formItem('电子邮箱', 'email', El.input({ value: p.email, onInput: bind(p, 'email'), expect: 'email' })),
        El.formItem('通讯地址', 'address', El.input({ value: p.address, onInput: bind(p, 'address'), expect: 'address' })),
        El.formItem('现工作单位', 'employer', [El.input({ value: p.employer, disabled: true, expect: 'employer' }), h('div', { class: 'el-upload__tip', text: '由用人单位绑定，如有误请联系单位管理员' })]),
        El.formItem('参加工作时间', 'workDate', El.datePicker({ type: 'month', value: p.workDate, onChange: bind(p, 'workDate'), expect: 'workStart' })),
        El.formItem('从事专业技术工作时间', 'proDate', El.datePicker({ value: p.proDate, onChange: bind(p, 'proDate'), expect: 'professionalStart' })),
        El.formItem('现从事专业', 'curMajor', El.input({ value: p.curMajor, onInput: bind(p, 'curMajor'), expect: 'currentMajor' })),
        El.formItem('现专业技术资格', 'curTitle', El.select({ options: ['无', '技术员', '助理工程师', '工程师'].map(function (n) { return { value: n, label: n }; }), value: p.curTitle, onChange: bind(p, 'curTitle'), expect: 'currentTitle' })),
        El.formItem('取得时间', 'titleDate', El.datePicker({ value: p.titleDate, onChange: bind(p, 'titleDate'), expect: 'currentTitleDate' })),
      ]),
      h('h4', { text: '学历信息' }),
      El.table([{ label: '学历' }, { label: '学位' }, { label: '毕业院校' }, { label: '所学专业' }, { label: '入学时间' }, { label: '毕业时间' }, { label: '操作', width: 70 }], eduRows),
      h('div', { style: 'margin: 8px 0 20px' }, [El.button('添加学历', 'primary el-button--small', function () { data.education.push({}); render(); })]),
      h('h4', { text: '工作经历' }),
      El.table([{ label: '起始时间' }, { label: '终止时间' }, { label: '工作单位', width: 240 }, { label: '职务' }, { label: '操作', width: 70 }], historyRows),
      h('div', { style: 'margin: 8px 0 20px' }, [El.button('新增', 'primary el-button--small', function () { data.history.push({}); render(); })]),
      El.button('保存', 'primary', function () { El.message('保存成功'); }),
    ]);
  }

  // ------------------------------------------------------------ 填写申报信息
  function declareView() {
    var d = data.declare;
    var address = El.input({ value: d.officeAddress || '', disabled: true, placeholder: '受理点地址', expect: '' });
    var office = El.select({
      placeholder: '请选择受理点',
      options: OFFICES.map(function (g) { return { group: g.group, options: g.options }; }),
      value: d.office,
      onChange: function (value) {
        d.office = value;
        OFFICES.forEach(function (g) { g.options.forEach(function (o) { if (o.value === value) d.officeAddress = o.address; }); });
        El.later(function () { address.querySelector('input').value = d.officeAddress || ''; });
      },
      expect: 'office',
    });
    var detailItem = El.formItem('破格申报的具体内容', 'exceptional', El.input({ type: 'textarea', value: d.detail, onInput: bind(d, 'detail'), expect: 'exceptionalDetail' }), { required: true, hidden: d.type !== '破格申报' });
    var proofItem = El.formItem('佐证材料', 'proof', El.upload({ button: '上传佐证材料', files: d.proofs || (d.proofs = []), multiple: true, tip: '破格申报、技能人才申报需上传', expect: 'typeProof' }), { required: true, hidden: d.type !== '破格申报' && d.type !== '技能人才申报' });
    function showRows() {
      El.later(function () {
        detailItem.style.display = d.type === '破格申报' ? '' : 'none';
        proofItem.style.display = d.type === '破格申报' || d.type === '技能人才申报' ? '' : 'none';
      });
    }
    return card('填写申报信息', [
      El.steps(WIZARD, 1),
      form([
        El.formItem('申报类型', 'type', El.radioGroup({ options: ['正常申报', '破格申报', '转（兼）评', '技能人才申报'], value: d.type, onChange: function (v) { d.type = v; showRows(); }, expect: 'applicationType' }), { required: true }),
        El.formItem('受理点', 'office', [office, h('div', { style: 'margin-top: 8px;' }, [address])], { required: true }),
        El.formItem('现从事专业', 'major', El.select({ placeholder: '请选择专业', options: MAJORS.map(function (m) { return { value: m, label: m }; }), value: d.major, onChange: bind(d, 'major'), expect: 'major' }), { required: true }),
        El.formItem('专业工作年限', 'years', El.inputNumber({ value: d.years, expect: 'workYears' }), { required: true }),
        El.formItem('近三年考核情况', 'assess', El.input({ placeholder: '如：2021年称职，2022年优秀，2023年称职', value: d.assess, onInput: bind(d, 'assess'), expect: 'assessment' })),
        El.formItem('本人述职', 'report', El.input({ type: 'textarea', maxlength: 1000, placeholder: '专业工作业绩情况，限1000字以内', value: d.report, onInput: bind(d, 'report'), expect: 'selfReport' }), { required: true }),
        detailItem,
        proofItem,
        h('div', { class: 'el-form-item' }, [h('div', { class: 'el-form-item__content', style: 'margin-left: 140px;' }, [
          El.button('上一步', '', function () { location.hash = '#/photo'; }),
          El.button('下一步', 'primary', function () { location.hash = '#/attach'; }),
        ])]),
      ]),
    ]);
  }

  // ------------------------------------------------------------ 上传相关附件
  function attachView() {
    function slot(label, key, expect, opts) {
      opts = opts || {};
      var files = data.attachments[key] || (data.attachments[key] = []);
      return El.formItem(label, key, El.upload({ files: files, multiple: true, tip: opts.tip, expect: expect }), { required: opts.required });
    }
    var workRows = data.works.map(function (row, index) {
      return [
        El.select({ size: 'small', placeholder: '请选择', options: WORK_KINDS.map(function (k) { return { value: k, label: k }; }), value: row.kind, onChange: bind(row, 'kind'), expect: 'achKind' }),
        El.input({ size: 'small', placeholder: '请输入名称', value: row.title, onInput: bind(row, 'title'), expect: 'achTitle' }),
        El.upload({ files: row.files, button: '上传', expect: 'attWorks' }),
        El.checkbox({ checked: row.representative, onChange: bind(row, 'representative'), expect: '' }),
        El.button('删除', 'text', function () { data.works.splice(index, 1); render(); }),
      ];
    });
    return card('上传相关附件', [
      El.steps(WIZARD, 2),
      h('p', { class: 'el-upload__tip', text: '支持 PDF、JPG、PNG 格式，单个文件不超过 10M。' }),
      form([
        slot('学历和学位证书及认证材料', 'edu', 'attEducation', { tip: '省平台无法提取学历学位信息时上传' }),
        slot('近4年专业技术职务资格聘书', 'appoint', 'attAppointment', { tip: '适用于正常申报人员' }),
        slot('劳动（聘用）合同', 'contract', 'attContract', { required: true }),
        slot('社保证明', 'social', 'attSocial', { required: true, tip: '可通过浙里办、支付宝等APP下载' }),
        slot('继续教育学时登记证明', 'cpd', 'attCpd', { required: true }),
        El.formItem('著作/论文/报告/成果', 'works', [
          El.table([{ label: '类型', width: 120 }, { label: '名称', width: 260 }, { label: '附件', width: 200 }, { label: '代表作', width: 80 }, { label: '操作', width: 70 }], workRows),
          h('div', { style: 'margin-top: 8px;' }, [El.button('添加一行', 'primary el-button--small', function () { data.works.push({ kind: '', title: '', files: [], representative: false }); render(); })]),
        ], { required: true }),
        h('div', { class: 'el-form-item' }, [h('div', { class: 'el-form-item__content', style: 'margin-left: 140px;' }, [
          El.button('上一步', '', function () { location.hash = '#/declare'; }),
          El.button('下一步', 'primary', function () { El.message('已保存'); }),
        ])]),
      ]),
    ]);
  }

  // ------------------------------------------------------------ 上传证件照
  function photoView() {
    return card('上传证件照', [
      El.steps(WIZARD, 0),
      form([
        El.formItem('证件照', 'photo', El.upload({ pictureCard: true, files: data.photo, accept: 'image/jpeg', tip: '只能上传 jpg 文件，大小 30K–1M', expect: 'photo' }), { required: true }),
        h('div', { class: 'el-form-item' }, [h('div', { class: 'el-form-item__content', style: 'margin-left: 140px;' }, [
          El.button('下一步', 'primary', function () { location.hash = '#/declare'; }),
        ])]),
      ]),
    ]);
  }

  var app = document.getElementById('app');
  function render() {
    var current = route();
    var view = ROUTES[current];
    document.title = view.title + ' - 职称申报';
    document.body.setAttribute('data-expect-step', view.step);
    // Views are rebuilt as a router would; poppers already moved to <body> stay there, closed.
    var next = h('div', { id: 'app' }, [layout(current, view.render())]);
    app.replaceWith(next);
    app = next;
  }
  window.addEventListener('hashchange', render);
  // The app mounts after its (simulated) data request, as SPAs do.
  setTimeout(render, 60);
})();
