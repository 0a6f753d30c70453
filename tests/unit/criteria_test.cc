// Quantity grammar tests: criteria phrases of the seed text read by parse_criteria; numbers; durations.
#include "compiler/ir/criteria.h"

#include <gtest/gtest.h>

#include <cmath>
#include <sstream>

#include "compiler/base/fold.h"
#include "compiler/syntax/parser.h"
#include "tests/unit/test_support.h"

namespace planc::ir {
namespace {

// The real indicator registry, loaded once; phrases are added to its SourceManager.
struct World {
  SourceManager sources;
  DiagnosticSink sink;
  IndicatorRegistry registry;
  World() {
    std::string path = testing::source_path("plans/jiyang/indicators.plan");
    const SourceFile& file = sources.add(path, testing::read_source("plans/jiyang/indicators.plan"));
    syntax::Document document = syntax::parse(file, sink);
    registry.load(document, sink);
  }
};

World& world() {
  static World w;
  return w;
}

TextSpan span_of(const std::string& text) {
  const SourceFile& file = world().sources.add("phrase.plan", text);
  TextSpan span(&file);
  span.append(text, 0);
  return span;
}

std::string number(double v) {
  if (v == std::floor(v) && std::fabs(v) < 1e15) return std::to_string(static_cast<long long>(v));
  std::ostringstream out;
  out.precision(12);
  out << v;
  return out.str();
}

std::string bound(const std::optional<Bound>& b, const char* missing) {
  if (!b) return missing;
  const char* key = b->inclusion == Inclusion::Inclusive   ? "incl"
                    : b->inclusion == Inclusion::Exclusive ? "excl"
                                                           : "conv";
  return number(b->value) + " " + key;
}

// "死亡人数[50 incl,300 conv] | Q(…)": clauses by " | ", criteria of a clause by " & ".
std::string format(const Criteria& criteria) {
  std::string out;
  for (size_t i = 0; i < criteria.any.size(); ++i) {
    if (i > 0) out += " | ";
    const Clause& clause = criteria.any[i];
    for (size_t j = 0; j < clause.all.size(); ++j) {
      if (j > 0) out += " & ";
      const Criterion& c = clause.all[j];
      if (c.qualitative()) {
        out += "Q(" + c.text + ")";
        continue;
      }
      out += c.indicator_name;
      if (c.window) out += "@" + number(c.window->value) + dimension_unit(c.window->dimension);
      out += "[" + bound(c.interval.lower, "-inf") + "," + bound(c.interval.upper, "+inf") + "]";
    }
  }
  return out;
}

std::string read(const std::string& phrase, const char* column = nullptr) {
  CriteriaContext context;
  if (column != nullptr) context.default_indicator = world().registry.index_of(column);
  return format(parse_criteria(span_of(phrase), world().registry, context));
}

// Phrases as the readers pass them (after "分级标准：", "红色预警信号:", "是指"), copied from
// /work/shared/seeds/000_7208055b08d4d5fa.txt with the extraction's line breaks joined.
struct PhraseCase {
  const char* phrase;
  const char* expected;
};

const PhraseCase kPhrases[] = {
    // 地震应急预案 3.1, 3.2.
    {"死亡（含失踪）人员300人（含）以上；或紧急安置人员10万人（含）以上；或地震烈度在Ⅸ度及以上。",
     "死亡人数[300 incl,+inf] | 紧急安置人数[100000 incl,+inf] | 地震烈度[9 incl,+inf]"},
    {"辖区内发生M≥7.0级的地震。", "震级[7 incl,+inf]"},
    {"死亡（含失踪）人员50人（含）以上，300人以下；或紧急安置5千人（含）以上，10万人以下；或地震烈度在Ⅶ～Ⅷ烈度。",
     "死亡人数[50 incl,300 conv] | 紧急安置人数[5000 incl,100000 conv] | 地震烈度[7 incl,8 incl]"},
    {"辖区内发生6.0≤M＜7.0级的地震。", "震级[6 incl,7 excl]"},
    {"死亡（含失踪）人员10人（含）以上，50人以下；或紧急安置5千人以下；或地震烈度在Ⅵ烈度。",
     "死亡人数[10 incl,50 conv] | 紧急安置人数[-inf,5000 conv] | 地震烈度[6 incl,6 incl]"},
    {"辖区内发生5.0≤M＜6.0的地震。", "震级[5 incl,6 excl]"},
    {"死亡（含失踪）人员10人以下；或部分建筑物有一定损坏；或较大范围群众恐慌。",
     "死亡人数[-inf,10 conv] | Q(部分建筑物有一定损坏) | Q(较大范围群众恐慌)"},
    {"辖区内发生4.0≤M＜5.0的地震。", "震级[4 incl,5 excl]"},
    {"辖区内发生3.0＜M＜4.0级的地震，造成一定社会影响，但未达到地震灾害事件的分级标准。", "震级[3 excl,4 excl]"},
    {"辖区内矿区发生M≥1.5级矿震的事件。", "震级[1.5 incl,+inf]"},
    {"4.0≤M＜4.5", "震级[4 incl,4.5 excl]"},
    {"4.5≤M＜6.0", "震级[4.5 incl,6 excl]"},
    {"M≥7.0", "震级[7 incl,+inf]"},
    {"6.0≤M＜7.0", "震级[6 incl,7 excl]"},
    // BUG: the cell's leading "，" (extraction left it) stays in the qualitative text.
    {"，地震灾害指标均明显小于较大地震灾害标准，但部分建筑物有一定损坏，造成较大范围群众恐慌。",
     "Q(地震灾害指标均明显小于较大地震灾害标准，但部分建筑物有一定损坏，造成较大范围群众恐慌)"},
    // 突发地质灾害应急预案 4.
    {"受灾害威胁，需搬迁转移人数在 1000 人以上或潜在可能造成的经济损失１亿元以上的特大型地质灾害险情。",
     "需搬迁转移人数[1000 conv,+inf] | 潜在经济损失[100000000 conv,+inf]"},
    {"因灾死亡 30 人以上或因灾造成直接经济损失 1000 万元以上的特大型地质灾害灾情。",
     "死亡人数[30 conv,+inf] | 直接经济损失[10000000 conv,+inf]"},
    {"受灾害威胁，需搬迁转移人数在 500 人以上、1000 人以下，或潜在经济损失 5000 "
     "万元以上、１亿元以下的大型地质灾害险情。",
     "需搬迁转移人数[500 conv,1000 conv] | 潜在经济损失[50000000 conv,100000000 conv]"},
    {"因灾死亡 10 人以上、30人以下，或因灾造成直接经济损失500 万元以上、1000 万元以下的大型地质灾害灾情。",
     "死亡人数[10 conv,30 conv] | 直接经济损失[5000000 conv,10000000 conv]"},
    {"受灾害威胁，需搬迁转移人数在 100 人以上、500 人以下，或潜在经济损失 500 万元以上、5000 "
     "万元以下的中型地质灾害险情。",
     "需搬迁转移人数[100 conv,500 conv] | 潜在经济损失[5000000 conv,50000000 conv]"},
    {"因灾死亡 3人以上、10 人以下，或因灾造成直接经济损失100 万元以上、500 万元以下的中型地质灾害灾情。",
     "死亡人数[3 conv,10 conv] | 直接经济损失[1000000 conv,5000000 conv]"},
    {"受灾害威胁，需搬迁转移人数在 100 人以下，或潜在经济损失 500 万元以下的小型地质灾害险情。",
     "需搬迁转移人数[-inf,100 conv] | 潜在经济损失[-inf,5000000 conv]"},
    {"因灾死亡 3 人以下，或因灾造成直接经济损失 100 万元以下的地质灾害灾情为小型地质灾害灾情。",
     "死亡人数[-inf,3 conv] | 直接经济损失[-inf,1000000 conv]"},
    // 气象灾害应急预案 7.1 名词术语 (the definition after 是指 / 一般指).
    {"24 小时内累积降水量达 50 毫米(含)以上，或12小时内累积降水量达 30 "
     "毫米(含)以上的降水，会引发洪涝、滑坡、泥石流等灾害。",
     "降水量@24小时[50 incl,+inf] | 降水量@12小时[30 incl,+inf]"},
    {"24 小时内累积降水量达 10 毫米(含)以上，或12小时内累积降水量达 "
     "6毫米(含)以上的固态降水，会对农业、交通、电力、通信设施等造成危害。",
     "降水量@24小时[10 incl,+inf] | 降水量@12小时[6 incl,+inf]"},
    // 、 joins two attributes of one wind (的风): both hold.
    {"平均风力大于 6 级、阵风风力大于 7 级的风，会对农业、交通、水上作业、建筑设施、施工作业等造成危害。",
     "平均风力[6 excl,+inf] & 阵风[7 excl,+inf]"},
    {"日最高气温在 35℃以上的天气现象，会对农业、电力、人体健康等造成危害。", "最高气温[35 conv,+inf]"},
    {"日最低气温低于-10℃的天气现象，会对农业、供暖、人体健康等造成危害。", "最低气温[-inf,-10 excl]"},
    {"落到地面上，直径大于 0.5 厘米的冰粒子。", "冰雹直径[5 excl,+inf]"},
    {"地面温度降到 0℃或以下导致植物损伤的灾害。", "地表温度[-inf,0 incl]"},
    {"地面温度低于 0℃时，道路上出现的积雪或结冰现象，会对交通造成危害。", "地表温度[-inf,0 excl]"},
    {"强冷空气的突发性侵袭活动，其带来的大风、降温等天气现象会对农业、果树、交通、人体健康、能源供应等造成危害。",
     "Q(强冷空气的突发性侵袭活动，其带来的大风、降温等天气现象会对农业、果树、交通、人体健康、能源供应等造成危害)"},
    {"生成于西北太平洋和南海海域的热带气旋系统，其带来的大风、暴雨等灾害性天气常引发洪涝、风暴潮、滑坡、泥石流等灾害。",
     "Q("
     "生成于西北太平洋和南海海域的热带气旋系统，其带来的大风、暴雨等灾害性天气常引发洪涝、风暴潮、滑坡、泥石流等灾害)"},
    {"地面尘沙吹起造成水平能见度显著降低的天气现象，会对农业、交通、环境、人体健康等造成危害。",
     "Q(地面尘沙吹起造成水平能见度显著降低的天气现象，会对农业、交通、环境、人体健康等造成危害)"},
    {"空气中悬浮的微小水滴或冰晶，使能见度显著降低的天气现象，会对交通、电力、人体健康等造成危害。",
     "Q(空气中悬浮的微小水滴或冰晶，使能见度显著降低的天气现象，会对交通、电力、人体健康等造成危害)"},
    {"某时段内由于蒸发量和降水量的收支不平衡，水分支出大于水分收入而造成的水分短缺现象，会对农业、林业、水利以及人蓄饮"
     "水等造成危害。",
     "Q("
     "某时段内由于蒸发量和降水量的收支不平衡，水分支出大于水分收入而造成的水分短缺现象，会对农业、林业、水利以及人蓄饮"
     "水等造成危害)"},
    // 气象灾害应急预案 7.2 预警信号标准 (after "红色预警信号:").
    {"预计可能或者已经受热带气旋影响，沿海或者陆地平均风力达 12 级以上，或者阵风达 14 级以上并可能持续。",
     "平均风力[12 conv,+inf] | 阵风[14 conv,+inf]"},
    {"预计可能或者已经受热带气旋影响，沿海或者陆地平均风力达 10 级以上，或者阵风 12 级以上并可能持续。",
     "平均风力[10 conv,+inf] | 阵风[12 conv,+inf]"},
    {"预计可能或者已经受热带气旋影响，沿海或者陆地平均风力达 8 级以上，或者阵风 10级以上并可能持续。",
     "平均风力[8 conv,+inf] | 阵风[10 conv,+inf]"},
    {"预计可能或者已受热带气旋影响，沿海或者陆地平均风力达６级以上，或者阵风８级以上并可能持续。",
     "平均风力[6 conv,+inf] | 阵风[8 conv,+inf]"},
    // 将达 and 已达 state the same criteria: one clause.
    {"预计本区有街镇 3 小时降水量将达 100 "
     "毫米以上且其中有观测站1小时降水量超过50毫米；或者已达100毫米以上且其中有观测站 1 "
     "小时降水量超过 50 毫米，降雨可能继续。",
     "降水量@3小时[100 conv,+inf] & 降水量@1小时[50 excl,+inf]"},
    {"预计本区有街镇 3 小时降雨量将达 50 毫米以上，或者已达 50 毫米以上且降雨可能持续。", "降水量@3小时[50 conv,+inf]"},
    {"预计本区有街镇 6小时降雨量将达 50 毫米以上，或者已达 50 毫米以上且降雨可能持续。", "降水量@6小时[50 conv,+inf]"},
    {"预计本区有街镇 12 小时降雨量将达 50 毫米以上，或者已达 50 毫米以上且降雨可能持续。",
     "降水量@12小时[50 conv,+inf]"},
    {"预计本区有街镇6小时降雪量将达15毫米以上，或者已达 15 毫米以上且降雪持续，可能或者已经对交通或者农业有较大影响。",
     "降雪量@6小时[15 conv,+inf]"},
    {"预计本区有街镇6小时降雪量将达10毫米以上，或者已达 10 毫米以上且降雪持续，可能或者已经对交通或者农业有较大影响。",
     "降雪量@6小时[10 conv,+inf]"},
    {"预计本区有街镇 12 小时降雪量将达 10 毫米以上，或者已达 10 毫米以上且降雪持续，可能对交通或者农业有影响。",
     "降雪量@12小时[10 conv,+inf]"},
    {"预计本区有街镇 24 小时降雪量将达 10 毫米以上，或者已达 10 毫米以上且降雪持续，可能对交通或者农业有影响。",
     "降雪量@24小时[10 conv,+inf]"},
    // 可达 6级 is an exact value; 6级或者阵风7级以上 splits the clause in two.
    {"预计本区有街镇 24 小时内最低气温下降14℃以上，最低气温低于-10℃，陆地平均风力可达 6级或者阵风 "
     "7级以上；或者已经下降 "
     "14℃以上，最低气温低于-10℃，平均风力达６级以上，并可能持续。",
     "降温幅度@24小时[14 conv,+inf] & 最低气温[-inf,-10 excl] & 平均风力[6 incl,6 incl] | 降温幅度@24小时[14 "
     "conv,+inf] "
     "& 最低气温[-inf,-10 excl] & 阵风[7 conv,+inf] | 降温幅度@24小时[14 conv,+inf] & 最低气温[-inf,-10 excl] & "
     "平均风力[6 conv,+inf]"},
    {"预计本区有街镇 24 小时内最低气温下降10℃以上，最低气温低于 0℃，陆地平均风力可达５～６级或者阵风 7 "
     "级以上；或者已经下降 "
     "10℃以上，最低气温低于 0℃，平均风力达 6 级以上，并可能持续。",
     "降温幅度@24小时[10 conv,+inf] & 最低气温[-inf,0 excl] & 平均风力[5 incl,6 incl] | 降温幅度@24小时[10 conv,+inf] "
     "& "
     "最低气温[-inf,0 excl] & 阵风[7 conv,+inf] | 降温幅度@24小时[10 conv,+inf] & 最低气温[-inf,0 excl] & 平均风力[6 "
     "conv,+inf]"},
    {"预计本区有街镇 48 小时内最低气温下降8℃以上，最低气温低于 4℃，陆地平均风力可达 4～5 级或者阵风 "
     "6级以上；或者已经下降 "
     "8℃以上，最低气温低于 4℃，平均风力达５级以上，并可能持续。",
     "降温幅度@48小时[8 conv,+inf] & 最低气温[-inf,4 excl] & 平均风力[4 incl,5 incl] | 降温幅度@48小时[8 conv,+inf] & "
     "最低气温[-inf,4 excl] & 阵风[6 conv,+inf] | 降温幅度@48小时[8 conv,+inf] & 最低气温[-inf,4 excl] & 平均风力[5 "
     "conv,+inf]"},
    {"预计本区有街镇可能受到大风影响，平均风力可达 12 级以上，或者阵风 13 级以上；或者已经受大风影响，平均风力为 12 "
     "级以上，或者阵风 13级以上并可能持续。",
     "平均风力[12 conv,+inf] | 阵风[13 conv,+inf]"},
    // 11级或12级: a set of two exact values.
    {"预计本区有街镇可能受到大风影响，平均风力可达 10 级，或者阵风 11级或 12 级；或者已经受大风影响，平均风力为 10 "
     "级，或者阵风 11 级或 12 级并可能持续。",
     "平均风力[10 incl,10 incl] | 阵风[11 incl,11 incl] | 阵风[12 incl,12 incl]"},
    {"预计本区有街镇可能受到大风影响，平均风力可达８级，或者阵风９级或 10 级；或者已经受大风影响，平均风力为 8 "
     "级，或者阵风 "
     "9级或 10 级并可能持续。",
     "平均风力[8 incl,8 incl] | 阵风[9 incl,9 incl] | 阵风[10 incl,10 incl]"},
    {"预计本区有街镇可能出现能见度小于50米的雾，或者已经出现能见度小于 50 米的雾并将持续。", "能见度[-inf,50000 excl]"},
    {"预计本区有街镇可能出现能见度小于 200米的雾，或者已经出现能见度小于 200 米、大于等于 50 米的雾并将持续。",
     "能见度[-inf,200000 excl] | 能见度[50000 incl,200000 excl]"},
    {"预计本区有街镇可能出现能见度小于 500米的雾，或者已经出现能见度小于 500 米、大于等于 200 米的雾并将持续。",
     "能见度[-inf,500000 excl] | 能见度[200000 incl,500000 excl]"},
    {"预计本区有街镇发生雷电，可能会造成雷电灾害。", "Q(预计本区有街镇发生雷电，可能会造成雷电灾害)"},
    {"预计本区有街镇发生强烈雷电，或者已经有强烈的雷电发生且持续，可能会造成严重雷电灾害。",
     "Q(预计本区有街镇发生强烈雷电) | Q(已经有强烈的雷电发生且持续，可能会造成严重雷电灾害)"},
    {"预计本区有街镇出现直径20毫米以下冰雹，可能造成雹灾。", "冰雹直径[-inf,20 conv]"},
    {"预计本区有街镇可能出现强沙尘暴天气(能见度小于 500 米)，或者已经出现强沙尘暴天气并可能持续。",
     "能见度[-inf,500000 excl] | Q(已经出现强沙尘暴天气并可能持续)"},
    {"预计本区有街镇地表温度低于 0℃，出现降水，可能出现对交通有影响的道路结冰。", "地表温度[-inf,0 excl]"},
    {"预计本区有街镇 24 "
     "小时内地表最低温度将要下降到-3℃以下，对农业将产生较重影响，或者已经降到-"
     "3℃以下，对农业已经产生较重影响，并可能持续。",
     "地表温度@24小时[-inf,-3 conv]"},
    {"预计本区有街镇 24 小时内最低气温下降12℃以上，最低气温低于-6℃，陆地平均风力可达 6 级或者阵风 "
     "7级以上；或者已经下降 12℃以上，最低气温低于-6℃，平均风力达 6级以上，并可能持续。",
     "降温幅度@24小时[12 conv,+inf] & 最低气温[-inf,-6 excl] & 平均风力[6 incl,6 incl] | 降温幅度@24小时[12 conv,+inf] "
     "& 最低气温[-inf,-6 excl] & 阵风[7 conv,+inf] | 降温幅度@24小时[12 conv,+inf] & 最低气温[-inf,-6 excl] & "
     "平均风力[6 conv,+inf]"},
    {"预计本区有街镇可能受到大风影响，平均风力可达 6 级，或者阵风 7 级或 8 级；或者已经受大风影响，平均风力为 6 "
     "级，或者阵风 7级或 8级并可能持续。",
     "平均风力[6 incl,6 incl] | 阵风[7 incl,7 incl] | 阵风[8 incl,8 incl]"},
    {"预计本区有街镇出现直径20毫米以上冰雹，可能造成重雹灾。", "冰雹直径[20 conv,+inf]"},
    {"预计本区有街镇出现直径 20 毫米以下冰雹，可能造成较重雹灾。", "冰雹直径[-inf,20 conv]"},
    {"预计本区有街镇 24 小时内最高气温将升至40℃以上。", "最高气温@24小时[40 conv,+inf]"},
    {"预计本区有街镇24小时内最高气温将升至37℃以上。", "最高气温@24小时[37 conv,+inf]"},
    {"预计本区有街镇连续三天日最高气温将在35℃以上。", "最高气温@3天[35 conv,+inf]"},
    {"预计本区有街镇 24 小时内最低气温低于-22℃。", "最低气温@24小时[-inf,-22 excl]"},
    {"预计本区有街镇 24 小时内最低气温低于-18℃。", "最低气温@24小时[-inf,-18 excl]"},
    {"预计本区有街镇 24 小时内最低气温低于-15℃。", "最低气温@24小时[-inf,-15 excl]"},
    {"预计本区有街镇地表温度低于 0℃，出现明显降水，可能出现或者已经出现对交通有很大影响的道路结冰。",
     "地表温度[-inf,0 excl]"},
    {"预计本区有街镇可能出现特强沙尘暴天气(能见度小于50米)，或者已经出现特强沙尘暴天气并可能持续。",
     "能见度[-inf,50000 excl] | Q(已经出现特强沙尘暴天气并可能持续)"},
    {"预计本区有街镇可能出现沙尘暴天气(能见度小于 1000 米)，或者已经出现沙尘暴天气并可能持续。",
     "能见度[-inf,1000000 excl] | Q(已经出现沙尘暴天气并可能持续)"},
    {"本区发生特旱（20 厘米土壤相对湿度＜30%）的面积占耕地总面积的 30%以上，预计干旱天气或干旱范围进一步发展。",
     "土壤相对湿度[-inf,30 excl] & 干旱面积占比[30 conv,+inf]"},
    {"本区发生重旱（30%≤20 厘米土壤相对湿度＜40%）的面积占耕地总面积的 30%以上，预计干旱天气或干旱范围进一步发展。",
     "土壤相对湿度[30 incl,40 excl] & 干旱面积占比[30 conv,+inf]"},
    {"本区发生中旱（40%≤20 厘米土壤相对湿度＜50%）的面积占耕地总面积的 30%以上，预计干旱天气或干旱范围进一步发展。",
     "土壤相对湿度[40 incl,50 excl] & 干旱面积占比[30 conv,+inf]"},
    {"预计本区有街镇 24 小时内地表最低温度将要下降到-5℃以下，对农业将产生严重影响，或者已经降到-5℃"
     "以下，对农业已经产生严重影响，并可能持续。",
     "地表温度@24小时[-inf,-5 conv]"},
    {"预计本区有街镇 48 小时内地表最低温度将要下降到 0℃以下，对农业将产生影响，或者已经降到 "
     "0℃以下，对农业已经产生影响，并可能"
     "持续。",
     "地表温度@48小时[-inf,0 conv]"},
};

void PrintTo(const PhraseCase& c, std::ostream* os) { *os << c.phrase; }

class CriteriaPhrase : public ::testing::TestWithParam<PhraseCase> {};

TEST_P(CriteriaPhrase, ReadsItsMeaning) {
  const PhraseCase& c = GetParam();
  EXPECT_EQ(read(c.phrase), c.expected) << c.phrase;
}

INSTANTIATE_TEST_SUITE_P(CriteriaSeed, CriteriaPhrase, ::testing::ValuesIn(kPhrases));

// Table cells: the column names the indicator (突发地质灾害 附件2, 地震 附件2).
struct CellCase {
  const char* column;
  const char* cell;
  const char* expected;
};

const CellCase kCells[] = {
    {"需搬迁转移人数", "1000 人以上", "需搬迁转移人数[1000 conv,+inf]"},
    {"潜在经济损失", "１亿元以上", "潜在经济损失[100000000 conv,+inf]"},
    {"死亡人数", "30人以上", "死亡人数[30 conv,+inf]"},
    {"直接经济损失", "1000 万元以上", "直接经济损失[10000000 conv,+inf]"},
    {"需搬迁转移人数", "500 人以上、1000 人以下", "需搬迁转移人数[500 conv,1000 conv]"},
    {"潜在经济损失", "5000 万元以上、１亿元以下", "潜在经济损失[50000000 conv,100000000 conv]"},
    {"死亡人数", "10人以上、30人以下", "死亡人数[10 conv,30 conv]"},
    {"直接经济损失", "500万元以上、1000 万元以下", "直接经济损失[5000000 conv,10000000 conv]"},
    {"需搬迁转移人数", "100 人以上、500人以下", "需搬迁转移人数[100 conv,500 conv]"},
    {"潜在经济损失", "500万元以上、5000 万元以下", "潜在经济损失[5000000 conv,50000000 conv]"},
    {"死亡人数", "3人以上、10人以下", "死亡人数[3 conv,10 conv]"},
    {"直接经济损失", "100万元以上、500万元以下", "直接经济损失[1000000 conv,5000000 conv]"},
    {"需搬迁转移人数", "100 人以下", "需搬迁转移人数[-inf,100 conv]"},
    {"潜在经济损失", "500万元以下", "潜在经济损失[-inf,5000000 conv]"},
    {"死亡人数", "3人以下", "死亡人数[-inf,3 conv]"},
    {"直接经济损失", "100万元以下", "直接经济损失[-inf,1000000 conv]"},
    {"紧急安置人数", "0.5 万人以下", "紧急安置人数[-inf,5000 conv]"},
    {"紧急安置人数", "10 万人以下，0.5 万人以上", "紧急安置人数[5000 conv,100000 conv]"},
    {"紧急安置人数", "10 万人以上", "紧急安置人数[100000 conv,+inf]"},
    {"地震烈度", "Ⅵ", "地震烈度[6 incl,6 incl]"},
    {"地震烈度", "Ⅶ-Ⅷ", "地震烈度[7 incl,8 incl]"},
};

void PrintTo(const CellCase& c, std::ostream* os) { *os << c.column << ": " << c.cell; }

class CriteriaCell : public ::testing::TestWithParam<CellCase> {};

TEST_P(CriteriaCell, ReadsItsMeaning) {
  const CellCase& c = GetParam();
  EXPECT_EQ(read(c.cell, c.column), c.expected) << c.column << ": " << c.cell;
}

INSTANTIATE_TEST_SUITE_P(CriteriaSeed, CriteriaCell, ::testing::ValuesIn(kCells));

TEST(CriteriaRegistry, LoadsTheRealIndicators) {
  EXPECT_TRUE(world().sink.diagnostics().empty());
  for (const char* name : {"死亡人数", "紧急安置人数", "地震烈度", "震级", "降水量", "能见度", "土壤相对湿度"}) {
    EXPECT_GE(world().registry.index_of(name), 0) << name;
  }
}

TEST(CriteriaRange, PointsAtTheWordsInTheFile) {
  std::string phrase = "死亡（含失踪）人员10人以下；或部分建筑物有一定损坏";
  TextSpan span = span_of(phrase);
  Criteria criteria = parse_criteria(span, world().registry);
  ASSERT_EQ(criteria.any.size(), 2u);
  const Criterion& deaths = criteria.any[0].all.at(0);
  EXPECT_EQ(deaths.range.file, span.file()->id());
  EXPECT_EQ(deaths.range.begin.column, 1);
  ASSERT_TRUE(deaths.interval.upper.has_value());
  EXPECT_EQ(phrase.substr(deaths.interval.upper->begin, deaths.interval.upper->end - deaths.interval.upper->begin),
            "10人以下");
  EXPECT_EQ(criteria.any[1].all.at(0).text, "部分建筑物有一定损坏");
}

std::optional<double> number_of(const std::string& text, bool whole = true) {
  std::string key = match_key(text);
  size_t i = 0;
  std::optional<double> value = parse_number(key, i);
  if (whole && i != key.size()) return std::nullopt;
  return value;
}

TEST(CriteriaWords, EachCriterionKeepsTheWordsNamingItsIndicator) {
  Criteria criteria = parse_criteria(span_of("因灾死亡10人以上；或紧急安置5千人以上"), world().registry);
  ASSERT_EQ(criteria.any.size(), 2u);
  EXPECT_EQ(criteria.any[0].all.at(0).indicator_name, "死亡人数");
  EXPECT_EQ(criteria.any[0].all.at(0).indicator_words, "因灾死亡");
  // A value before its indicator: 4.0≤M＜5.0.
  Criteria magnitude = parse_criteria(span_of("发生4.0≤M＜5.0级的地震"), world().registry);
  ASSERT_EQ(magnitude.any.size(), 1u);
  EXPECT_EQ(magnitude.any[0].all.at(0).indicator_words, "M");
  // A table cell names no indicator: its column does.
  CriteriaContext column;
  column.default_indicator = world().registry.index_of("死亡人数");
  Criteria cell = parse_criteria(span_of("10人以上"), world().registry, column);
  ASSERT_EQ(cell.any.size(), 1u);
  EXPECT_EQ(cell.any[0].all.at(0).indicator_words, "");
}

TEST(CriteriaWords, QualitativeStatementsLoseTheirPunctuationInEitherWidth) {
  EXPECT_EQ(read("部分建筑物有一定损坏。"), "Q(部分建筑物有一定损坏)");
  EXPECT_EQ(read("部分建筑物有一定损坏;"), "Q(部分建筑物有一定损坏)");
  EXPECT_EQ(read("、部分建筑物有一定损坏，。"), "Q(部分建筑物有一定损坏)");
  EXPECT_EQ(read("部分建筑物有一定损坏。，"), "Q(部分建筑物有一定损坏)");
}

TEST(CriteriaNumbers, EveryForm) {
  EXPECT_EQ(number_of("1"), 1);
  EXPECT_EQ(number_of("0.5万"), 5000);
  EXPECT_EQ(number_of("１亿"), 100000000);
  EXPECT_EQ(number_of("5千"), 5000);
  EXPECT_EQ(number_of("三"), 3);
  EXPECT_EQ(number_of("十二"), 12);
  EXPECT_EQ(number_of("-10"), -10);
  EXPECT_EQ(number_of("一般"), std::nullopt);
  EXPECT_EQ(parse_chinese_numeral("十二"), 12);
}

std::optional<int> roman_of(const std::string& text) {
  std::string key = match_key(text);
  size_t i = 0;
  std::optional<int> value = parse_roman(key, i);
  if (i != key.size()) return std::nullopt;
  return value;
}

TEST(CriteriaNumbers, RomanNumerals) {
  EXPECT_EQ(match_key("Ⅵ"), "VI");
  EXPECT_EQ(roman_of("Ⅵ"), 6);
  EXPECT_EQ(roman_of("IX"), 9);
  EXPECT_EQ(roman_of("I"), 1);
  EXPECT_EQ(roman(6), "Ⅵ");
}

TEST(CriteriaDuration, WorkingDaysAndYears) {
  std::optional<Duration> filing = find_duration(span_of("印发后 20 个工作日内"));
  ASSERT_TRUE(filing.has_value());
  EXPECT_EQ(filing->value, 20);
  EXPECT_EQ(filing->unit, Dimension::WorkingDays);
  EXPECT_EQ(filing->text, "20 个工作日");
  std::optional<Duration> drill = find_duration(span_of("至少每２年"));
  ASSERT_TRUE(drill.has_value());
  EXPECT_EQ(drill->value, 2);
  EXPECT_EQ(drill->unit, Dimension::Years);
  EXPECT_EQ(drill->text, "２年");
  EXPECT_FALSE(find_duration(span_of("分级负责，就近指挥")).has_value());
}

}  // namespace
}  // namespace planc::ir
