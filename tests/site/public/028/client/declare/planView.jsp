<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>评审计划</title>
<link rel="stylesheet" type="text/css" href="/028/client/css/client.css">
<style type="text/css">
  .plan-title { text-align: center; font-size: 18px; color: #c00; margin: 10px 0 4px; }
  .plan-sub { text-align: center; color: #888; margin-bottom: 14px; }
  .plan-body { padding: 0 10px; font-size: 13px; line-height: 2; }
  .plan-body p { margin: 4px 0; text-indent: 2em; }
  ul.major-list { margin: 6px 0 0; padding: 0; list-style: none; overflow: hidden; }
  ul.major-list li { float: left; width: 150px; height: 28px; line-height: 28px; margin: 0 8px 6px 0; border: 1px solid #c9d9ec; background: #f2f7fd; text-align: center; }
</style>
</head>
<body data-expect-step="plan">
<div class="page">
  <div class="pos">当前位置：用户中心 &gt; 职称评审申报 &gt; <b>评审计划</b></div>
  <div class="plan-title" id="planName">2024年度杭州市制造业专业工程师资格评审申报计划</div>
  <div class="plan-sub" id="planSub">评审级别：中级　申报时间：2024-07-01 至 2024-08-31　评审委员会：杭州市制造业专业工程师资格评审委员会</div>

  <h3 class="tit">申报要求</h3>
  <div class="plan-body" id="planBody">
    <p>一、申报人员应先完善“个人基本信息”和“我的业绩档案”，业绩档案经用人单位审查通过后方可在申报时提取。</p>
    <p>二、证件照：系统默认省内身份证照片。如自己上传照片，应为1寸、2寸白底证件照，JPG或JPEG格式，文件大于30K且小于1M，大于215*300（宽*高）像素，照片宽高比大于等于0.65且小于等于0.8。</p>
    <p>三、本人述职内容为专业工作业绩情况，限1000字以内。选择单位所在区、县（市）经信部门或市直单位职称受理点。</p>
    <p>四、专业工作年限指从事工程技术工作整年年限，计算到2024年12月31日。考核情况指近三年（2021-2023）单位考核情况，如“2021年称职（或合格）”“2022年优秀”“2023年称职（或合格）”。</p>
    <p>五、业绩材料要求突出专业代表性，不宜过多过杂，集体项目须提供本人系主要贡献者依据。著作、论文、报告、成果等需确定一篇代表作。</p>
    <p>六、资格审查通过后，根据12333短信提示缴纳评审费；导出带水印的评审表，经所在单位加盖公章后报送纸质材料受理部门，受理部门汇总后于9月30日前统一报中评委办公室。</p>
  </div>

  <h3 class="tit">可评审专业</h3>
  <!-- The 可评审专业 list below is INVENTED for the replica; nobody here has seen the real one. -->
  <ul class="major-list" id="majorList">
    <li>机械工程</li>
    <li>电气工程</li>
    <li>自动化</li>
    <li>材料工程</li>
    <li>化工工程</li>
    <li>电子信息工程</li>
    <li>计算机应用</li>
    <li>工业设计</li>
  </ul>

  <div class="btn-bar" style="margin-top:20px">
    <a class="btn orange" id="btnApply" href="/028/client/declare/photo.jsp?planId=330100202401028">马上申报</a>
    <a class="btn gray" href="/028/client/declare/planList.jsp">返回</a>
  </div>
</div>
<script type="text/javascript" src="/028/client/js/common.js"></script>
<script type="text/javascript">
  // The plan shown: ?planId= (the list links here with it), else the draft's.
  (function () {
    var id = Zcps.query('planId') || Zcps.state().planId || '330100202401028';
    var plan = Zcps.PLANS[id];
    if (!plan) return;
    document.title = '评审计划';
    document.getElementById('planName').textContent = plan.name;
    document.getElementById('planSub').textContent =
      '评审级别：' + plan.level + '\u3000申报时间：' + plan.window + '\u3000评审委员会：' + plan.committee;
    var body = document.getElementById('planBody');
    body.replaceChildren.apply(body, plan.requirements.map(function (text) {
      var p = document.createElement('p');
      p.textContent = text;
      return p;
    }));
    var list = document.getElementById('majorList');
    list.replaceChildren.apply(list, plan.majors.map(function (text) {
      var li = document.createElement('li');
      li.textContent = text;
      return li;
    }));
    document.getElementById('btnApply').href = '/028/client/declare/photo.jsp?planId=' + plan.id;
    // Starting a declaration opens a fresh draft for this plan.
    document.getElementById('btnApply').addEventListener('click', function () {
      sessionStorage.removeItem('zcps.declare');
      Zcps.saveState({ planId: plan.id, planName: plan.name });
    });
  })();
</script>
</body>
</html>
